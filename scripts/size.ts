/**
 * npm run size — gzip sizes of the built JavaScript (run `npm run build` first): what the browser
 * must load before the timeline chunk (the entry, the app's chunks it fetches and the page's
 * language's messages), what a visit loads (the home page, then an event), each chunk, and the
 * total. Fails when a figure is over its budget.
 *
 * The budgets sit a little above today's sizes so that a regression fails the build. The targets
 * of issue 7 (110 kB before the timeline, 260 kB in all) are printed beside them: the fixed stack
 * alone (react-dom, TanStack Router and Query, i18next) is ~118 kB gzip, see docs/performance.md.
 * The export chunk (papaparse, ical.js) loads only when someone exports, so it is counted apart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = process.argv[2] ?? 'dist';
// Raised by 1–3 kB with issue 14 (the overview's layout, eras, legend and phone toolbar).
// Raised by 1 kB (visit, all) with the streaming read of issue 17: 0.6 kB on the page, 0.8 kB in the worker.
// With the fetch in the worker (issue 17): start-up lowered to 164.5 kB (the page no longer fetches
// the file or moves its body); a visit and all JavaScript raised by 0.5 and 1 kB (the worker's
// first script is split from its reader so the request goes out sooner, and the fetch's checks
// are in both the worker and the page's own reader, which loads only where no worker can start).
// Faster interactions (issue 17, sixth session): a visit and all JavaScript raised by 0.5 kB (the
// timeline's chunk draws vis's updated and added items in one batch: +0.5 kB; the list's plain
// links and the query-string cache on the page are about even with what they replace).
// The entry split from the app (issue 17, seventh session: the page paints, then the worker
// starts and the app's code is fetched and run; the file is read while that code is evaluated):
// +1.6 kB for the split's import helper and the chunks it adds.
// Each language's messages a chunk of their own (twelfth session): start-up 166.1 → 158.7 kB
// (counted with the largest language's), all JavaScript +2.9 kB (three files compress apart, and
// the error for a language that does not arrive). A visit is now counted as the issue defines it,
// the home page then an event (not the track and release pages' chunks, nor other languages):
// 305.5 → 293.8 kB, of which 7.5 kB smaller and 4.2 kB no longer counted.
// vis-timeline without Graph2d, vis-util's unused tools and the options configurator and
// validator (thirteenth session, scripts/lib/vis-trim.ts): the timeline chunk 93.8 → 62.4 kB; and
// the search engine loaded when search is wanted, not with the data (5.7 kB out of a visit):
// a visit 293.8 → 256.7 kB, all JavaScript 350.9 → 319.6 kB, start-up +0.1 kB (the plain search).
// A language switch whose texts do not arrive keeps the page, with a notice (fourteenth session):
// +0.4 kB everywhere, the budgets raised by 0.5 kB for it.
// A large dataset's search index built in the dataset worker (sixteenth session): the worker has
// its own MiniSearch (+6.3 kB in all, loaded only for 250 events or more), and the page takes the
// index it sends (+0.3 kB at start-up, +0.5 kB on a visit).
// The first page's timeline drawn before its filters and list (seventeenth session,
// app/routes/use-timeline-first.ts): +0.3 kB at start-up, on a visit and in all.
const BUDGET_KB = { initial: 160, visit: 258.5, total: 327.5 };
const TARGET_KB: Partial<Record<keyof typeof BUDGET_KB, number>> = { initial: 110, visit: 260 };
/**
 * Chunks not loaded on a visit (the home page, then an event): the export writers (only when the
 * user exports), the search engine (when search is first wanted), the dataset worker's index
 * builder (for a dataset of 250 events or more: search-ahead.ts), the dataset reader for the page
 * itself (only where the dataset worker cannot start) and the track and release pages' own code.
 * A visit loads one language's messages (the page's, with the app's code); the others only when
 * the reader switches (`localeFiles` below).
 */
const ON_DEMAND = /^(export-files|search-engine|search-index-build|read-on-page)-/;
const OTHER_PAGES = /^(track-page|release-page)-/;

const html = readFileSync(join(DIST, 'index.html'), 'utf8');
// The entry script, what the HTML preloads, and the app's chunks the entry fetches once the page
// has painted (listed on its tag, `data-app`: see vite.config.ts).
const initialFiles = new Set(
  [
    ...[
      ...html.matchAll(
        /<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g,
      ),
    ].map((match) => match[1]),
    ...[...html.matchAll(/\bdata-app="([^"]*)"/g)].flatMap((match) => match[1]?.split(' ') ?? []),
  ]
    .map((file) => file?.split('/').pop())
    .filter((name): name is string => !!name),
);
// Each language's messages (`lang=file` in `data-locales`): the entry fetches the page's own.
const localeFiles = new Map(
  [...(/\bdata-locales="([^"]*)"/.exec(html)?.[1]?.split(' ') ?? [])].flatMap((pair) => {
    const [lang, file] = pair.split('=');
    const name = file?.split('/').pop();
    return lang && name ? [[name, lang] as const] : [];
  }),
);
if (initialFiles.size === 0) {
  console.error(`No entry script found in ${DIST}/index.html; run npm run build first.`);
  process.exit(1);
}

const assets = join(DIST, 'assets');
const chunks = readdirSync(assets)
  .filter((name) => name.endsWith('.js'))
  .map((name) => {
    const bytes = readFileSync(join(assets, name));
    return {
      name,
      raw: bytes.length / 1000,
      gzip: gzipSync(bytes, { level: 9 }).length / 1000,
      kind: initialFiles.has(name)
        ? 'start-up'
        : localeFiles.has(name)
          ? `${localeFiles.get(name) ?? ''} messages`
          : ON_DEMAND.test(name)
            ? 'on demand'
            : OTHER_PAGES.test(name)
              ? 'other page'
              : 'lazy',
    };
  })
  .sort((a, b) => Number(b.kind === 'start-up') - Number(a.kind === 'start-up') || b.gzip - a.gzip);

const kb = (value: number) => `${value.toFixed(1)} kB`;
for (const chunk of chunks)
  console.log(
    `${chunk.kind.padEnd(11)}  ${kb(chunk.gzip).padStart(9)} gzip  ${kb(chunk.raw).padStart(9)}  ${chunk.name}`,
  );
const sum = (kinds: readonly string[]) =>
  chunks.filter((chunk) => kinds.includes(chunk.kind)).reduce((total, c) => total + c.gzip, 0);
// The page's language's messages load before the timeline chunk is asked for: the largest counts.
const messages = Math.max(0, ...chunks.filter((c) => localeFiles.has(c.name)).map((c) => c.gzip));
const initial = sum(['start-up']) + messages;
const visit = initial + sum(['lazy']);
const total = chunks.reduce((all, chunk) => all + chunk.gzip, 0);
let failed = false;
for (const [label, value, key] of [
  ['JavaScript before the timeline chunk (with the largest language)', initial, 'initial'],
  ['JavaScript a visit loads (home, then an event)', visit, 'visit'],
  ['all JavaScript', total, 'total'],
] as const) {
  const over = value > BUDGET_KB[key];
  failed ||= over;
  const target = TARGET_KB[key];
  const versus =
    target === undefined
      ? ''
      : `; issue 7 target ${target} kB${value > target ? `, ${kb(value - target)} over it` : ''}`;
  console.log(
    `${over ? '✗' : '✓'} ${label}: ${kb(value)} gzip (budget ${BUDGET_KB[key]} kB${versus})`,
  );
}
if (failed) {
  console.error('Over budget: find what grew with the bundle analysis in docs/performance.md.');
  process.exit(1);
}
