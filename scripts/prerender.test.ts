/**
 * The built site, as a crawler or a link preview sees it: builds the app with the real prerender
 * step for a sub-path deployment (SITE_URL=https://example.org/timeline/) and reads the HTML,
 * the sitemap and robots.txt back with an HTML/XML parser.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DOMParser } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../locales/en/translation.json';
import kk from '../locales/kk/translation.json';
import ru from '../locales/ru/translation.json';
import { LANGUAGES } from '../app/domain/languages.ts';
import { buildSite } from './lib/build-site.ts';
import { attr, find, findAll, parseDocument, text, type Element } from './lib/html.ts';

const OUT = resolve(import.meta.dirname, '..', 'node_modules', '.cache', 'prerender-test');
const ROOT = 'https://example.org/timeline/';
const LANGS = LANGUAGES;
type Lang = (typeof LANGS)[number];

const dataset = JSON.parse(
  await readFile(resolve(import.meta.dirname, '..', 'public/data/kz-eu.json'), 'utf8'),
) as {
  title: Record<Lang, string>;
  description: Record<Lang, string>;
  events: {
    id: string;
    track: string;
    title: Record<Lang, string>;
    summary: Record<Lang, string>;
    sources: { url: string }[];
  }[];
  tracks: { id: string; name: Record<Lang, string>; description?: Record<Lang, string> }[];
  stories: { id: string }[];
};
const APP_NAME: Record<Lang, string> = { kk: kk.app.name, en: en.app.name, ru: ru.app.name };
const OG_LOCALE: Record<Lang, string> = { kk: 'kk_KZ', en: 'en_GB', ru: 'ru_RU' };
/** The value, or a failed test saying what was missing. */
function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`missing: ${what}`);
  return value;
}

const epca = must(
  dataset.events.find((event) => event.id === 'epca-signed'),
  'event epca-signed',
);

async function page(path: string) {
  const document = parseDocument(await readFile(join(OUT, path, 'index.html'), 'utf8'));
  const head = must(find(document, 'head'), '<head>');
  const meta = (key: 'name' | 'property' | 'http-equiv', value: string) =>
    findAll(head, 'meta', { [key]: value }).map((element) => attr(element, 'content'));
  const one = (key: 'name' | 'property' | 'http-equiv', value: string) => {
    const values = meta(key, value);
    expect(values, `${key}=${value}`).toHaveLength(1);
    return must(values[0], `${key}=${value}`);
  };
  return { document, head, meta, one };
}

/** The whole text, or its beginning up to a word boundary and an ellipsis, in at most 160 characters. */
function expectSummaryOf(description: string, full: string) {
  expect(description.length).toBeLessThanOrEqual(160);
  if (full.length <= 160) {
    expect(description).toBe(full);
    return;
  }
  expect(description.endsWith('…')).toBe(true);
  const head = description.slice(0, -1);
  expect(full.startsWith(head)).toBe(true);
  expect(head.length).toBeGreaterThan(100);
  expect(full[head.length]).toMatch(/[\s,;:.]/);
}

beforeAll(async () => {
  await rm(OUT, { recursive: true, force: true });
  buildSite(OUT, { SITE_URL: ROOT, BASE_PATH: '' });
}, 180_000);

describe.each(LANGS)('built pages in %s', (lang) => {
  const others = LANGS.filter((code) => code !== lang);

  function expectCommonHead(p: Awaited<ReturnType<typeof page>>, path: string) {
    const url = `${ROOT}${path}`;
    expect(attr(p.document, 'lang')).toBe(lang);
    const titles = findAll(p.head, 'title');
    expect(titles).toHaveLength(1);
    const title = text(titles[0]);
    const canonical = findAll(p.head, 'link', { rel: 'canonical' });
    expect(canonical.map((link) => attr(link, 'href'))).toEqual([url]);
    expect(p.one('property', 'og:url')).toBe(url);
    const alternates = Object.fromEntries(
      findAll(p.head, 'link', { rel: 'alternate', hreflang: true }).map(
        (link) => [String(attr(link, 'hreflang')), attr(link, 'href')] as const,
      ),
    );
    expect(Object.keys(alternates).sort()).toEqual(['en', 'kk', 'ru', 'x-default']);
    for (const code of LANGS) expect(alternates[code]).toBe(url.replace(`/${lang}`, `/${code}`));
    expect(p.one('property', 'og:locale')).toBe(OG_LOCALE[lang]);
    expect(p.meta('property', 'og:locale:alternate').sort()).toEqual(
      others.map((code) => OG_LOCALE[code]).sort(),
    );
    expect(p.one('property', 'og:site_name')).toBe(APP_NAME[lang]);
    expect(p.one('property', 'og:image')).toBe(`${ROOT}og/${lang}.png`);
    expect(p.one('property', 'og:image:width')).toBe('1200');
    expect(p.one('property', 'og:image:height')).toBe('630');
    expect(p.one('name', 'twitter:card')).toBe('summary_large_image');
    expect(p.one('name', 'twitter:image')).toBe(`${ROOT}og/${lang}.png`);
    expect(p.one('property', 'og:title')).toBe(title);
    expect(p.one('name', 'twitter:title')).toBe(title);
    const description = p.one('name', 'description');
    expect(description.length).toBeLessThanOrEqual(160);
    expect(p.one('property', 'og:description')).toBe(description);
    expect(p.one('name', 'twitter:description')).toBe(description);
    // The CSP meta tag and the hashed, sub-path assets of the client build are kept; no inline script.
    expect(p.one('http-equiv', 'Content-Security-Policy')).toContain("script-src 'self'");
    const scripts = findAll(p.document, 'script');
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(attr(script, 'src')).toMatch(/^\/timeline\/assets\/index-[\w-]+\.js$/);
      expect(text(script)).toBe('');
    }
    expect(attr(find(p.head, 'link', { rel: 'stylesheet' }), 'href')).toMatch(
      /^\/timeline\/assets\//,
    );
    return { title, description, alternates };
  }

  it('home: title, description, canonical, hreflang, Open Graph and Twitter card', async () => {
    const p = await page(lang);
    const { title, description, alternates } = expectCommonHead(p, lang);
    expect(title).toBe(`${dataset.title[lang]} · ${APP_NAME[lang]}`);
    expectSummaryOf(description, dataset.description[lang]);
    expect(alternates['x-default']).toBe(ROOT);
    expect(p.one('property', 'og:type')).toBe('website');
    expect(text(find(p.document, 'h1'))).toBe(dataset.title[lang]);
  });

  it('event: the event in the head and its readable content in the body', async () => {
    const p = await page(`${lang}/events/epca-signed`);
    const { title, description, alternates } = expectCommonHead(p, `${lang}/events/epca-signed`);
    expect(title).toBe(`${epca.title[lang]} · ${dataset.title[lang]} · ${APP_NAME[lang]}`);
    expectSummaryOf(description, epca.summary[lang]);
    expect(alternates['x-default']).toBe(`${ROOT}kk/events/epca-signed`);
    expect(p.one('property', 'og:type')).toBe('article');

    const root = must(find(p.document, 'div', { id: 'root' }), '#root');
    const article: Element = must(find(root, 'article'), 'article');
    expect(text(find(article, 'h2'))).toBe(epca.title[lang]);
    const time = find(article, 'time');
    expect(attr(time, 'datetime')).toBe('2015-12-21');
    expect(text(time)).toBe(
      { kk: '2015 ж. 21 желтоқсан', en: '21 December 2015', ru: '21 декабря 2015 г.' }[lang],
    );
    expect(text(article)).toContain(epca.summary[lang]);
    const sources = findAll(must(find(article, 'section'), 'sources'), 'a').map((a) =>
      attr(a, 'href'),
    );
    expect(sources).toHaveLength(epca.sources.length);
    expect(sources).toEqual(epca.sources.map((source) => source.url));
    // Links in the page respect the sub-path.
    const ownLinks = findAll(p.document, 'a', { hreflang: true })
      .map((a) => attr(a, 'href'))
      .filter((href) => !/^https?:/.test(href ?? ''));
    expect(ownLinks).toEqual([
      '/timeline/kk/events/epca-signed',
      '/timeline/en/events/epca-signed',
      '/timeline/ru/events/epca-signed',
    ]);
  });

  it('track: the track in the head, where it stands and its events in the body', async () => {
    const track = dataset.tracks.find((t) => t.id === 'epca');
    if (!track?.description) throw new Error('fixture: the epca track has no description');
    const p = await page(`${lang}/tracks/epca`);
    const { title, description, alternates } = expectCommonHead(p, `${lang}/tracks/epca`);
    expect(title).toBe(`${track.name[lang]} · ${dataset.title[lang]} · ${APP_NAME[lang]}`);
    expectSummaryOf(description, track.description[lang]);
    expect(alternates['x-default']).toBe(`${ROOT}kk/tracks/epca`);
    const root = must(find(p.document, 'div', { id: 'root' }), '#root');
    const article: Element = must(find(root, 'article'), 'article');
    expect(text(find(article, 'h2'))).toBe(track.name[lang]);
    const events = dataset.events.filter((event) => event.track === 'epca');
    const links = findAll(article, 'a').map((a) => attr(a, 'href'));
    for (const event of events) expect(links).toContain(`/timeline/${lang}/events/${event.id}`);
    expect(findAll(article, 'rect').length).toBeGreaterThan(0);
  });
});

describe('the built site', () => {
  it('has a page for every event in every language, and none for unknown ids', async () => {
    for (const lang of LANGS) {
      const ids = (await readdir(join(OUT, lang, 'events'))).sort();
      expect(ids).toEqual(dataset.events.map((event) => event.id).sort());
    }
  });

  const shippedVersion = (dataset as unknown as { version: string }).version;

  it('writes the release’s changes, the changelog and each language’s feeds', async () => {
    const changes = JSON.parse(await readFile(join(OUT, 'data', 'changes.json'), 'utf8')) as {
      version: string;
      added: string[];
    };
    expect(changes.version).toBe(shippedVersion);
    expect(changes.added.length).toBeGreaterThan(0);
    expect(await readFile(join(OUT, 'data', 'CHANGELOG.md'), 'utf8')).toContain(
      `## ${shippedVersion} — `,
    );
    for (const lang of LANGS) {
      const feed = await readFile(join(OUT, lang, 'feed.xml'), 'utf8');
      expect(feed).toContain(
        `<link rel="self" type="application/atom+xml" href="${ROOT}${lang}/feed.xml"/>`,
      );
      const calendar = await readFile(
        join(OUT, 'data', lang === 'en' ? 'kz-eu.ics' : `kz-eu.${lang}.ics`),
        'utf8',
      );
      expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(dataset.events.length);
    }
  });

  it('lists every page with its alternates in sitemap.xml, announced by robots.txt', async () => {
    const xml = new DOMParser().parseFromString(
      await readFile(join(OUT, 'sitemap.xml'), 'utf8'),
      'text/xml',
    );
    // linkedom types its documents' query methods as `any`; what they return are DOM elements.
    const urls = [...(xml.querySelectorAll('url') as NodeListOf<globalThis.Element>)];
    // Each language's home, every event, every track, every story and the release's changes.
    expect(urls).toHaveLength(
      LANGS.length *
        (dataset.events.length + dataset.tracks.length + dataset.stories.length + 1 + 1),
    );
    const locs = urls.map((url) => url.querySelector('loc')?.textContent);
    expect(locs).toContain(`${ROOT}kk`);
    expect(locs).toContain(`${ROOT}ru/events/epca-signed`);
    expect(locs).toContain(`${ROOT}kk/tracks/epca`);
    for (const url of urls) {
      const links = [...url.getElementsByTagName('xhtml:link')].map((link) => [
        link.getAttribute('hreflang'),
        link.getAttribute('href'),
      ]);
      expect(links.map(([code]) => code)).toEqual(['kk', 'en', 'ru', 'x-default']);
      expect(links.map(([, href]) => href)).toContain(url.querySelector('loc')?.textContent);
    }
    const robots = await readFile(join(OUT, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${ROOT}sitemap.xml`);
  });

  it('names the language versions on the root page, which picks one', async () => {
    const document = parseDocument(await readFile(join(OUT, 'index.html'), 'utf8'));
    expect(
      findAll(document, 'link', { rel: 'alternate' }).map((link) => [
        attr(link, 'hreflang'),
        attr(link, 'href'),
      ]),
    ).toEqual([
      ['kk', `${ROOT}kk`],
      ['en', `${ROOT}en`],
      ['ru', `${ROOT}ru`],
      ['x-default', ROOT],
    ]);
    expect(find(document, 'div', { id: 'root' })?.childNodes).toHaveLength(0);
  });

  it('has a 404 page that boots the app under the sub-path and is not indexed', async () => {
    const document = parseDocument(await readFile(join(OUT, '404.html'), 'utf8'));
    expect(attr(find(document, 'meta', { name: 'robots' }), 'content')).toBe('noindex');
    expect(findAll(document, 'link', { rel: 'alternate' })).toHaveLength(0);
    expect(find(document, 'div', { id: 'root' })?.childNodes).toHaveLength(0);
    expect(attr(find(document, 'script'), 'src')).toMatch(/^\/timeline\/assets\//);
  });
});
