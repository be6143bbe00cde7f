import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import compression from 'compression';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Connect, Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { basePath, siteRoot } from './scripts/lib/site.ts';
import { visTimelineTrim } from './scripts/lib/vis-trim.ts';

/**
 * The Content-Security-Policy of the built app: scripts only from our origin (no eval, no inline
 * scripts), requests only to our origin. Inline styles are allowed because vis-timeline positions
 * items with style attributes. It goes into the HTML as a meta tag (production build only: the dev
 * server injects inline scripts) and into public/_headers for hosts that read one.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * The entry (app/main.tsx) waits for the prerendered page's first paint, then starts the dataset
 * worker, fetches the app's chunks (start-app.tsx and what it imports) and runs them once the
 * worker has started. The chunks are listed on the entry's script tag (`data-app`), not preloaded
 * by the HTML: nothing but the page and its styles is downloaded before the first paint. So are
 * the languages' messages (`data-locales`, `lang=file`), of which the entry fetches the page's
 * own. The entry is `async`, so it runs as soon as it is in.
 */
function appChunks(): Plugin {
  return {
    name: 'app-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle, chunk: entry }) {
        if (!bundle || !entry) return html;
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
        const app = chunks.find((output) => output.facadeModuleId?.endsWith('/app/start-app.tsx'));
        if (!app) throw new Error('app-chunks: no chunk for app/start-app.tsx');
        const files = new Set<string>();
        const add = (fileName: string) => {
          if (files.has(fileName) || fileName === entry.fileName) return;
          files.add(fileName);
          for (const imported of chunks.find((output) => output.fileName === fileName)?.imports ??
            [])
            add(imported);
        };
        add(app.fileName);
        for (const already of entry.imports) files.delete(already);
        const list = [...files].map((fileName) => `${base}${fileName}`).join(' ');
        // Each language's messages (app/i18n.ts): the entry fetches the page's own with the app.
        const locales = chunks.flatMap((output) => {
          const lang = /\/locales\/([^/]+)\/translation\.json$/.exec(
            output.facadeModuleId ?? '',
          )?.[1];
          return lang ? [`${lang}=${base}${output.fileName}`] : [];
        });
        if (locales.length === 0) throw new Error('app-chunks: no chunks for locales/*');
        const tag = '<script type="module" crossorigin';
        if (!html.includes(tag)) throw new Error('app-chunks: no entry script in index.html');
        return html.replace(
          tag,
          `<script type="module" async data-app="${list}" data-locales="${locales.join(' ')}" crossorigin`,
        );
      },
    },
  };
}

/**
 * `vite preview` serves a directory's index.html only for a path with a trailing slash; like
 * GitHub Pages, Netlify and nginx's `try_files $uri/index.html`, serve the page prerendered for
 * `/kk/events/epca-signed` without one, so `npm start` shows what a static host would. It also
 * gzips what it sends, as those hosts do, so the sizes and timings measured on `npm start` (and by
 * `npm run lighthouse` and `npm run bench`) are the ones readers get.
 */
function prerenderedPages(): Plugin {
  return {
    name: 'prerendered-pages',
    configurePreviewServer(server) {
      // compression's types are Express's; its handler is a plain Node (connect) middleware.
      server.middlewares.use(compression() as unknown as Connect.NextHandleFunction);
      const outDir = resolve(server.config.root, server.config.build.outDir);
      const base = server.config.base;
      server.middlewares.use((req, _res, next) => {
        const [path = '', query] = (req.url ?? '').split(/\?(.*)/s, 2);
        if (path.startsWith(base) && !/\.[a-z0-9]+$/i.test(path) && !path.endsWith('/')) {
          let page: string;
          try {
            page = join(decodeURIComponent(path.slice(base.length)), 'index.html');
          } catch {
            next(); // malformed escape: left to the fallback
            return;
          }
          if (!page.startsWith('..') && existsSync(join(outDir, page)))
            req.url = `${base}${page}${query ? `?${query}` : ''}`;
        }
        next();
      });
    },
  };
}

// BASE_PATH (or the path of SITE_URL) lets the app live under a sub-path (e.g. GitHub Pages:
// BASE_PATH=/bilateral-timeline/). scripts/prerender.ts writes the pages for the same base.
const base = basePath();
/** Unit test files that replace one of the app's modules (`vi.mock`): each gets its own modules. */
const ISOLATED_TESTS = ['app/pseudo-locale.test.tsx'];

export default defineConfig({
  base,
  root: import.meta.dirname,
  // The site's public address, for the citation line (the same root as the canonical links).
  define: { 'import.meta.env.VITE_SITE_ROOT': JSON.stringify(siteRoot()) },
  plugins: [
    react(),
    tailwindcss(),
    visTimelineTrim(),
    contentSecurityPolicy(),
    appChunks(),
    prerenderedPages(),
  ],
  build: {
    outDir: 'dist',
    sourcemap: true,
    // Every browser the app supports has <link rel="modulepreload"> (Chromium 66, Safari 17,
    // Firefox 115); without it a preloaded chunk is fetched when first imported, as before.
    modulePreload: { polyfill: false },
    // The timeline chunk (vis-timeline + moment) is lazy-loaded and knowingly large.
    chunkSizeWarningLimit: 600,
  },
  resolve: {
    // vis-timeline's HTML sanitizer, replaced by escaping: the app gives vis no HTML (see the file).
    alias: { xss: resolve(import.meta.dirname, 'app/features/timeline/text-only-xss.ts') },
  },
  // The dataset worker is a module worker (an iife worker would inline every dynamic import). It
  // reads the language list, never the moment locales languages.ts can load for the axis: those
  // stay out of its build instead of becoming copies no one requests.
  worker: { format: 'es', rolldownOptions: { external: [/^moment(\/|$)/] } },
  preview: { host: '127.0.0.1' },
  test: {
    environment: 'node',
    // Tests search with MiniSearch, which the app loads when search is wanted: loaded up front.
    setupFiles: ['app/domain/testing/setup.ts'],
    // Worker threads, and test files sharing a thread's modules: importing the app's modules
    // afresh for each of 45 files took more than half of the run (31 s against 15 s on 2 cores).
    // A file that replaces a module (`vi.mock`) runs isolated, as a mock is made at import.
    pool: 'threads',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['app/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
          exclude: [...ISOLATED_TESTS],
          isolate: false,
        },
      },
      { extends: true, test: { name: 'isolated', include: [...ISOLATED_TESTS] } },
    ],
  },
});
