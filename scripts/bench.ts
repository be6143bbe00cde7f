/**
 * npm run bench — the app against a bare vis-timeline page (bench/raw.html), side by side in one
 * run, on the same data and viewport, in headless Chromium against production builds.
 *
 * For the shipped dataset and 1,000, 10,000, 20,000 and 100,000 synthetic events (20,000 is
 * ~35 MB; 100,000 have three-word texts, ~51 MB, to stay under the app's 64 MB limit), at 1200×800
 * and 375×667, it measures: navigation to events visible (and, for the app, how long after the
 * data arrived), filter change (and until the timeline showed it), search keystroke, language
 * switch, zoom and pan (until the change is painted), JS heap after GC, the number of DOM elements
 * with all events in, and long tasks (> 50 ms) during the interactions. Prints medians with min and max and the app / raw ratio of each, and
 * writes bench/results.json, bench/results.md and the table between the bench markers of
 * docs/performance.md. The parts: bench/metrics.ts (what is measured and how it is summed up),
 * bench/in-page.ts (the probe that runs in the page), bench/measure.ts (driving a page),
 * bench/actions.ts (what is done on each page), bench/report.ts (the tables).
 *
 *   npm run bench                  # everything, 5 runs each
 *   npm run bench -- --runs 7 --sizes shipped,10000 --viewports 1200x800 --no-build
 */
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { interact, loadPage } from './bench/measure.ts';
import { emptySamples, toRows, type Kind, type Row, type Samples } from './bench/metrics.ts';
import { withPreviousRows, writeReport } from './bench/report.ts';
import { CHROMIUM_ARGS, findChromium } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';
import { syntheticDataset } from './lib/synthetic.ts';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    sizes: { type: 'string', default: 'shipped,1000,10000,20000,100000' },
    viewports: { type: 'string', default: '1200x800,375x667' },
    'no-build': { type: 'boolean', default: false },
    /** Keep the rows of bench/results.json for datasets this run does not measure. */
    merge: { type: 'boolean', default: false },
  },
});
const RUNS = Math.max(1, Number(args.runs));
const SIZES = args.sizes.split(',');
const VIEWPORTS = args.viewports.split(',').map((spec) => {
  const [width, height] = spec.split('x').map(Number);
  return { width: width ?? 1200, height: height ?? 800 };
});

if (!args['no-build']) {
  execSync('npm run build', { stdio: 'inherit' });
  execSync('npx vite build -c bench/vite.config.ts', { stdio: 'inherit' });
}

const shipped = JSON.parse(readFileSync('public/data/kz-eu.json', 'utf8')) as Parameters<
  typeof syntheticDataset
>[0] & { events: unknown[] };
/** Above 20,000 events the texts are short (three words each), to stay under the 64 MB limit. */
const datasetFor = (size: string) =>
  size === 'shipped'
    ? shipped
    : Number(size) > 20_000
      ? syntheticDataset(shipped, Number(size), 42, { title: 3, summary: 3 })
      : syntheticDataset(shipped, Number(size));

const server = await serveStatic(
  [
    { prefix: '/bench/', dir: 'bench/out' },
    { prefix: '/', dir: 'dist' },
  ],
  'dist/index.html',
);
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
});
const chromiumVersion = browser.version();

let rows: Row[] = [];
try {
  for (const size of SIZES) {
    const data = datasetFor(size);
    server.put('/data/kz-eu.json', JSON.stringify(data));
    for (const viewport of VIEWPORTS) {
      const samples: Record<Kind, Samples> = { app: emptySamples(), raw: emptySamples() };
      for (let run = 0; run < RUNS; run++) {
        // Alternate which page goes first, so neither always meets a warmer machine.
        for (const kind of (run % 2 ? ['raw', 'app'] : ['app', 'raw']) as Kind[]) {
          const page = await loadPage(browser, server.base, kind, viewport, samples[kind]);
          if (run === RUNS - 1) {
            let current = page;
            await interact(page, kind, RUNS, samples[kind], async () => {
              current = await loadPage(browser, server.base, kind, viewport, emptySamples());
              return current;
            });
            await current.context().close();
          } else await page.context().close();
        }
      }
      const label = `${viewport.width}×${viewport.height}`;
      rows.push(...toRows(size, data.events.length, label, samples));
      console.log(`done: ${size} at ${label}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

if (args.merge) rows = withPreviousRows(rows);
await writeReport(rows, RUNS, chromiumVersion);
