/**
 * Writes a static HTML page for each language home and each event, plus 404.html, sitemap.xml
 * and robots.txt, into the client build (dist/ by default; `--out-dir <dir>` for another).
 * Run after `vite build`; `npm run build` does both.
 *
 * The pages are rendered by React at build time from the app's own components (an SSR build of
 * app/entry-server.tsx made here with Vite's API) and the real dataset, parsed by the app's
 * parser. The client build's index.html is the template, so the hashed assets and the CSP meta
 * tag stay; nothing inline is added.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { earlierReleases } from './lib/releases.ts';
import { siteRoot } from './lib/site.ts';
import type { PageRef } from '../app/domain/page-meta.ts';

type EntryServer = typeof import('../app/entry-server.tsx');

const projectRoot = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { 'out-dir': { type: 'string', default: 'dist' } } });
const outDir = resolve(projectRoot, values['out-dir']);
const root = siteRoot();

/** Builds app/entry-server.tsx for Node with the project's Vite config and imports it. */
async function loadEntry(): Promise<{ entry: EntryServer; cleanup: () => Promise<void> }> {
  const ssrOut = join(projectRoot, 'node_modules', '.cache', `prerender-${process.pid}`);
  await build({
    configFile: join(projectRoot, 'vite.config.ts'),
    root: projectRoot,
    mode: 'production',
    logLevel: 'warn',
    build: {
      ssr: 'app/entry-server.tsx',
      outDir: ssrOut,
      emptyOutDir: true,
      sourcemap: false,
      copyPublicDir: false,
      rollupOptions: { output: { entryFileNames: 'entry-server.js' } },
    },
  });
  const entry = (await import(pathToFileURL(join(ssrOut, 'entry-server.js')).href)) as EntryServer;
  return { entry, cleanup: () => rm(ssrOut, { recursive: true, force: true }) };
}

function replaceOnce(html: string, pattern: RegExp, replacement: string, what: string): string {
  if (!pattern.test(html)) throw new Error(`index.html template: ${what} not found`);
  return html.replace(pattern, () => replacement);
}

/** The template with the page's language, head tags and prerendered root. */
function fillTemplate(template: string, lang: string, head: string, body: string): string {
  let html = replaceOnce(template, /<html lang="[^"]*">/, `<html lang="${lang}">`, '<html lang>');
  html = replaceOnce(html, /\s*<title>[^<]*<\/title>/, '', '<title>');
  html = replaceOnce(html, /\s*<meta\s+name="description"[^>]*>/, '', 'meta description');
  html = replaceOnce(html, /<\/head>/, `${head}\n  </head>`, '</head>');
  return replaceOnce(html, /<div id="root"><\/div>/, `<div id="root">${body}</div>`, '#root');
}

// What this script adds to the root index.html is marked, so a second run starts from the build's.
const MARK = ['<!-- prerendered -->', '<!-- /prerendered -->'] as const;
const pristine = (html: string) =>
  html.replace(new RegExp(`\\s*${MARK[0]}[\\s\\S]*?${MARK[1]}`, 'g'), '');

const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

async function main() {
  const template = pristine(await readFile(join(outDir, 'index.html'), 'utf8'));
  const { entry, cleanup } = await loadEntry();
  try {
    const {
      LANGUAGES,
      BASE_URL,
      pagePath,
      parseDataset,
      renderPage,
      renderRootAlternates,
      renderFeeds,
      diffReleases,
      changelogMarkdown,
      loadAllMessages,
    } = entry;
    await loadAllMessages();
    if (new URL(root).pathname !== BASE_URL)
      throw new Error(`site root ${root} does not end with the build's base ${BASE_URL}`);
    const file = join(projectRoot, 'public', 'data', 'kz-eu.json');
    const result = parseDataset(JSON.parse(await readFile(file, 'utf8')));
    if (!result.ok) throw new Error(`${file} is unusable: ${result.reason}`);
    const { dataset } = result;

    // The releases, oldest first, each compared with the one before: the changelog, the current
    // release's changes (its "What changed" page) and each event's revision (the calendar's SEQUENCE).
    const chain = [
      ...earlierReleases(dataset.id, parseDataset),
      ...(dataset.version ? [{ version: dataset.version, dataset }] : []),
    ];
    const diffs = chain.slice(1).flatMap((release, i) => {
      const before = chain[i];
      return before
        ? [
            {
              diff: diffReleases(before.dataset, before.version, release.dataset),
              dataset: release.dataset,
            },
          ]
        : [];
    });
    const changes = diffs.at(-1)?.diff;
    const sequence = new Map<string, number>();
    for (const { diff } of diffs)
      for (const { id } of diff.changed) sequence.set(id, (sequence.get(id) ?? 0) + 1);
    await mkdir(join(outDir, 'data'), { recursive: true });
    if (changes)
      await writeFile(join(outDir, 'data', 'changes.json'), `${JSON.stringify(changes)}\n`);
    await writeFile(
      join(outDir, 'data', 'CHANGELOG.md'),
      changelogMarkdown(dataset.title.en ?? dataset.id, [...diffs].reverse()),
    );
    const now = new Date(`${dataset.updated}T00:00:00Z`);
    for (const lang of LANGUAGES) {
      const feeds = renderFeeds({ dataset, lang, root, sequence, now });
      await mkdir(join(outDir, lang), { recursive: true });
      await writeFile(join(outDir, lang, 'feed.xml'), feeds.atom);
      await writeFile(
        join(outDir, 'data', lang === 'en' ? 'kz-eu.ics' : `kz-eu.${lang}.ics`),
        feeds.calendar,
      );
    }

    // Each language's home, every event's page, every track's and every story's.
    const pages: (PageRef | undefined)[] = [
      undefined,
      ...dataset.events.map((event) => ({ kind: 'event' as const, id: event.id })),
      ...dataset.tracks.map((track) => ({ kind: 'track' as const, id: track.id })),
      ...dataset.stories.map((story) => ({ kind: 'story' as const, id: story.id })),
      ...(dataset.version ? [{ kind: 'release' as const, id: dataset.version }] : []),
    ];
    for (const lang of LANGUAGES) {
      for (const page of pages) {
        const { head, body } = await renderPage({ dataset, lang, page, root, changes });
        const dir = join(outDir, ...pagePath(lang, page).split('/').map(decodeURIComponent));
        await mkdir(dir, { recursive: true });
        await writeFile(join(dir, 'index.html'), fillTemplate(template, lang, head, body));
      }
    }

    // The root redirects to the reader's language: it names the language versions.
    await writeFile(
      join(outDir, 'index.html'),
      replaceOnce(
        template,
        /<\/head>/,
        `  ${MARK[0]}${renderRootAlternates(root)}${MARK[1]}\n  </head>`,
        '</head>',
      ),
    );

    // Unknown paths: the app itself, which routes them (hosts serve 404.html for a missing file).
    const notFound = replaceOnce(
      template,
      /<\/head>/,
      '  <meta name="robots" content="noindex" />\n  </head>',
      '</head>',
    );
    await writeFile(join(outDir, '404.html'), notFound);

    const url = (lang: (typeof LANGUAGES)[number], page?: PageRef) =>
      new URL(pagePath(lang, page), root).href;
    const entries = pages.flatMap((page) =>
      LANGUAGES.map((lang) => {
        const alternates = [
          ...LANGUAGES.map((code) => [code, url(code, page)] as const),
          ['x-default', page === undefined ? root : url('kk', page)] as const,
        ].map(
          ([code, href]) =>
            `    <xhtml:link rel="alternate" hreflang="${code}" href="${xml(href)}"/>`,
        );
        return [
          '  <url>',
          `    <loc>${xml(url(lang, page))}</loc>`,
          `    <lastmod>${dataset.updated}</lastmod>`,
          ...alternates,
          '  </url>',
        ].join('\n');
      }),
    );
    await writeFile(
      join(outDir, 'sitemap.xml'),
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
        ...entries,
        '</urlset>',
        '',
      ].join('\n'),
    );
    await writeFile(
      join(outDir, 'robots.txt'),
      `User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap.xml', root).href}\n`,
    );
    console.log(
      `prerendered ${pages.length * LANGUAGES.length} pages, 404.html, sitemap.xml, robots.txt, the feeds and the changelog into ${outDir} for ${root}`,
    );
  } finally {
    await cleanup();
  }
}

await main();
