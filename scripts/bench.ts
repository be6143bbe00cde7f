/**
 * npm run bench — the app against a bare vis-timeline page (bench/raw.html), side by side in one
 * run, on the same data and viewport, in headless Chromium against production builds.
 *
 * For the shipped dataset and 1,000 and 10,000 synthetic events, at 1200×800 and 375×667, it
 * measures: navigation to events visible (and, for the app, how long after the data arrived),
 * filter change, search keystroke, language switch, zoom and pan (until the change is painted),
 * JS heap after GC, and long tasks (> 50 ms) during the interactions. Prints medians with min and
 * max and the app / raw ratio of each, and writes bench/results.json and bench/results.md.
 *
 *   npm run bench                  # everything, 5 runs each
 *   npm run bench -- --runs 7 --sizes shipped,10000 --viewports 1200x800 --no-build
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';
import { syntheticDataset } from './lib/synthetic.ts';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    sizes: { type: 'string', default: 'shipped,1000,10000' },
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

type Kind = 'app' | 'raw';
type Metric =
  | 'visible'
  | 'afterData'
  | 'filter'
  | 'keystroke'
  | 'language'
  | 'languageTimeline'
  | 'zoom'
  | 'pan'
  | 'heapMB';
const METRICS: Metric[] = [
  'visible',
  'afterData',
  'filter',
  'keystroke',
  'language',
  'languageTimeline',
  'zoom',
  'pan',
  'heapMB',
];
const LABELS: Record<Metric, string> = {
  visible: 'events visible (ms)',
  afterData: 'visible after the app had the data (ms)',
  filter: 'filter change (ms)',
  keystroke: 'search keystroke (ms)',
  language: 'language switch (ms)',
  languageTimeline: 'language switch, timeline included (ms)',
  zoom: 'zoom (ms)',
  pan: 'pan (ms)',
  heapMB: 'JS heap after GC (MB)',
};

interface Summary {
  median: number;
  min: number;
  max: number;
  n: number;
}
const summarize = (values: number[]): Summary | undefined => {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (index: number) => sorted[index] ?? NaN;
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
  return { median, min: at(0), max: at(sorted.length - 1), n: sorted.length };
};

/** In-page helpers, as source text (tsx would wrap functions with helpers the page lacks). */
const INIT = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  window.__frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  window.__signature = () => {
    const labels = document.querySelectorAll('.vis-item-content');
    return [
      window.bench ? window.bench.version : '',
      document.documentElement.lang,
      document.querySelector('[role="status"]')?.textContent ?? '',
      labels.length,
      labels[0]?.textContent ?? '',
      labels[labels.length - 1]?.textContent ?? '',
    ].join('|');
  };
  // An item's text, and the language it is marked as: a count of events reads the same in
  // every language ("12"), but the app marks what language its label is in.
  window.__timelineSignature = () => {
    const labels = document.querySelectorAll('.vis-item-content');
    const text = (label) => label ? label.textContent + '@' + (label.querySelector('[lang]')?.lang ?? '') : '';
    return [labels.length, text(labels[0]), text(labels[labels.length - 1])].join('|');
  };
  window.__visible = () => {
    const root = document.querySelector('.vis-timeline');
    return !!root && root.style.visibility !== 'hidden' && document.querySelectorAll('.vis-item-content').length > 0
      && !document.querySelector('.bt-timeline[aria-busy="true"]');
  };
`;

/** Waits for the events to be visible; resolves with ms since navigation started. */
const WAIT_VISIBLE = `new Promise((resolve) => {
  const check = () => (window.__visible && window.__visible()) ? resolve(performance.now()) : requestAnimationFrame(check);
  check();
})`;

/**
 * Runs `action` (source text), waits until what the user sees changed and a frame was painted.
 * With `timeline`, it then also waits until the timeline's items show the change (the app lets the
 * rest of the page paint first on a language switch) and resolves with both times.
 */
const timeAction = (action: string, timeline = false) => `(async () => {
  const before = window.__signature();
  const beforeTimeline = window.__timelineSignature();
  const t0 = performance.now();
  const until = async (changed) => {
    while (!changed()) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      if (performance.now() - t0 > 60000) throw new Error('nothing changed');
    }
    await window.__frame();
    return performance.now() - t0;
  };
  await (async () => { ${action} })();
  const first = await until(() => window.__signature() !== before);
  if (!${timeline}) return first;
  return [first, await until(() => window.__timelineSignature() !== beforeTimeline)];
})()`;

interface Actions {
  url: string;
  filter: string;
  unfilter: string;
  searchPrefix: string;
  keystroke: string;
  clearSearch: string;
  toRussian: string;
  toEnglish: string;
}

const setInput = (selector: string, value: string) =>
  `const input = document.querySelector(${JSON.stringify(selector)});
   Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, ${value});
   input.dispatchEvent(new Event('input', { bubbles: true }));`;

const ACTIONS: Record<Kind, Actions> = {
  app: {
    url: '/en',
    filter: "document.querySelector('#type-high-level-visit').click();",
    unfilter: "document.querySelector('#type-high-level-visit').click();",
    searchPrefix: setInput('#event-search', "'vis'"),
    keystroke: setInput('#event-search', "input.value + 'a'"),
    clearSearch: setInput('#event-search', "''"),
    toRussian: 'document.querySelector(\'a[hreflang="ru"]\').click();',
    toEnglish: 'document.querySelector(\'a[hreflang="en"]\').click();',
  },
  raw: {
    url: '/bench/raw.html?lang=en&data=/data/kz-eu.json',
    filter: "window.bench.filterType('high-level-visit');",
    unfilter: 'window.bench.filterType(undefined);',
    searchPrefix: "window.bench.search('vis');",
    keystroke: "window.bench.search('visa');",
    clearSearch: "window.bench.search('');",
    toRussian: "window.bench.setLanguage('ru');",
    toEnglish: "window.bench.setLanguage('en');",
  },
};

type Samples = Record<Metric, number[]> & { longTasks: number[] };
const emptySamples = (): Samples => ({
  ...(Object.fromEntries(METRICS.map((metric) => [metric, []])) as unknown as Record<
    Metric,
    number[]
  >),
  longTasks: [],
});

async function loadPage(
  browser: Browser,
  base: string,
  kind: Kind,
  viewport: { width: number; height: number },
  samples: Samples,
): Promise<Page> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  await context.addInitScript(INIT);
  const page = await context.newPage();
  await page.goto(base + ACTIONS[kind].url, { waitUntil: 'commit' });
  const visible = (await page.evaluate(WAIT_VISIBLE)) as number;
  process.stderr.write(`  ${kind} visible at ${visible.toFixed(0)} ms\n`);
  samples.visible.push(visible);
  // The app marks when it has the data in hand (it may have been fetched before the code ran).
  const dataEnd = (await page.evaluate(
    "performance.getEntriesByName('bt:dataset-received')[0]?.startTime ?? NaN",
  )) as number;
  if (kind === 'app' && Number.isFinite(dataEnd)) samples.afterData.push(visible - dataEnd);
  await page.waitForTimeout(300);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  samples.heapMB.push(usedSize / 2 ** 20);
  return page;
}

/** An action longer than this is recorded as "over" it; its page is replaced by a fresh one. */
const ACTION_LIMIT_MS = 30_000;
class TooSlow extends Error {}

async function interact(
  first: Page,
  kind: Kind,
  samples: Samples,
  reopen: () => Promise<Page>,
): Promise<void> {
  let page = first;
  const a = ACTIONS[kind];
  const timed = async (action: string, timeline: boolean) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ms = (await Promise.race([
      page.evaluate(timeAction(action, timeline)),
      new Promise((resolve) => (timer = setTimeout(() => resolve(undefined), ACTION_LIMIT_MS))),
    ])) as number | [number, number] | undefined;
    clearTimeout(timer);
    if (ms === undefined) {
      process.stderr.write(`  ${kind}: over ${ACTION_LIMIT_MS / 1000} s, opening a fresh page\n`);
      await page.context().close();
      page = await reopen();
      startedAt = (await page.evaluate('performance.now()')) as number;
      throw new TooSlow();
    }
    const shown = (Array.isArray(ms) ? ms : [ms]).map((value) => value.toFixed(0)).join(' / ');
    process.stderr.write(`  ${kind} ${action.slice(0, 50).replace(/\s+/g, ' ')}: ${shown} ms\n`);
    return ms;
  };
  const run = async (action: string) => (await timed(action, false)) as number;
  const settle = () => page.waitForTimeout(150);
  let startedAt = (await page.evaluate('performance.now()')) as number;
  /** Long tasks since the interactions (or the last reload) began. */
  const harvest = async () => {
    const tasks = (await page.evaluate('window.__longTasks')) as {
      start: number;
      duration: number;
    }[];
    samples.longTasks.push(
      ...tasks.filter((task) => task.start >= startedAt).map((task) => task.duration),
    );
  };
  // Undoing a filter or a search: in the app, as a user would; the raw page is reloaded instead,
  // because bringing 9,000 items back into a raw vis-timeline at 10,000 took over five minutes
  // (the benchmark's first version never finished).
  const restore = async (action: string) => {
    if (kind === 'app') await run(action);
    else {
      await harvest();
      await page.reload({ waitUntil: 'commit' });
      await page.evaluate(WAIT_VISIBLE);
      startedAt = (await page.evaluate('performance.now()')) as number;
    }
    await settle();
  };
  /** Runs a phase; an action over the limit counts as Infinity ("over 30 s") and ends it. */
  const phase = async (metric: Metric, body: () => Promise<void>) => {
    try {
      await body();
    } catch (error) {
      if (!(error instanceof TooSlow)) throw error;
      samples[metric].push(Infinity);
      if (metric === 'language') samples.languageTimeline.push(Infinity);
    }
  };
  await phase('filter', async () => {
    for (let i = 0; i < RUNS; i++) {
      samples.filter.push(await run(a.filter));
      await settle();
      await restore(a.unfilter);
    }
  });
  await phase('keystroke', async () => {
    for (let i = 0; i < RUNS; i++) {
      await run(a.searchPrefix);
      await settle();
      samples.keystroke.push(await run(a.keystroke));
      await settle();
      await restore(a.clearSearch);
    }
  });
  await phase('language', async () => {
    for (let i = 0; i < RUNS; i++) {
      const [first, timeline] = (await timed(a.toRussian, true)) as [number, number];
      samples.language.push(first);
      samples.languageTimeline.push(timeline);
      await settle();
      await restore(a.toEnglish);
    }
  });
  const box = await page.locator('.vis-center').boundingBox();
  if (box) {
    const x = box.x + box.width / 2;
    const y = box.y + Math.min(box.height - 10, 40);
    /** Times a gesture until painted; one over the limit is enough to know (a raw 10,000-item pan took 47 s). */
    const gestures = async (metric: 'zoom' | 'pan', gesture: (i: number) => Promise<void>) => {
      for (let i = 0; i < RUNS; i++) {
        const t0 = (await page.evaluate('performance.now()')) as number;
        await gesture(i);
        await page.evaluate('window.__frame()');
        const ms = ((await page.evaluate('performance.now()')) as number) - t0;
        const tooSlow = ms > ACTION_LIMIT_MS;
        samples[metric].push(tooSlow ? Infinity : ms);
        if (tooSlow) break;
        await settle();
      }
    };
    await gestures('zoom', async (i) => {
      await page.mouse.move(x, y);
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, i % 2 ? 240 : -240);
      await page.keyboard.up('Control');
    });
    await gestures('pan', async (i) => {
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x + (i % 2 ? 200 : -200), y, { steps: 8 });
      await page.mouse.up();
    });
  }
  const tasks = (await page.evaluate('window.__longTasks')) as {
    start: number;
    duration: number;
  }[];
  samples.longTasks.push(...tasks.filter((task) => task.start >= startedAt).map((t) => t.duration));
}

const shipped = JSON.parse(readFileSync('public/data/kz-eu.json', 'utf8')) as Parameters<
  typeof syntheticDataset
>[0] & { events: unknown[] };
const datasetFor = (size: string) =>
  size === 'shipped' ? shipped : syntheticDataset(shipped, Number(size));

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

interface Row {
  dataset: string;
  events: number;
  viewport: string;
  metric: Metric | 'longTasks';
  app?: Summary;
  raw?: Summary;
  ratio?: number;
}
const rows: Row[] = [];
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
            await interact(page, kind, samples[kind], async () => {
              current = await loadPage(browser, server.base, kind, viewport, emptySamples());
              return current;
            });
            await current.context().close();
          } else await page.context().close();
        }
      }
      const label = `${viewport.width}×${viewport.height}`;
      for (const metric of [...METRICS, 'longTasks'] as const) {
        const app =
          metric === 'longTasks'
            ? {
                median: Math.max(0, ...samples.app.longTasks),
                min: 0,
                max: 0,
                n: samples.app.longTasks.length,
              }
            : summarize(samples.app[metric]);
        const raw =
          metric === 'longTasks'
            ? {
                median: Math.max(0, ...samples.raw.longTasks),
                min: 0,
                max: 0,
                n: samples.raw.longTasks.length,
              }
            : summarize(samples.raw[metric]);
        rows.push({
          dataset: size,
          events: data.events.length,
          viewport: label,
          metric,
          ...(app ? { app } : {}),
          ...(raw ? { raw } : {}),
          ...(app && raw && raw.median > 0 ? { ratio: app.median / raw.median } : {}),
        });
      }
      console.log(`done: ${size} at ${label}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

if (args.merge && existsSync('bench/results.json')) {
  const previous = JSON.parse(readFileSync('bench/results.json', 'utf8')) as { rows: Row[] };
  const measured = new Set(rows.map((row) => row.dataset));
  // JSON has no Infinity: an action over the limit was written as null.
  const revive = (summary: Summary | undefined) =>
    summary && {
      ...summary,
      median: summary.median ?? Infinity,
      min: summary.min ?? Infinity,
      max: summary.max ?? Infinity,
    };
  const kept = previous.rows
    .filter((row) => !measured.has(row.dataset))
    .map((row) => ({ ...row, app: revive(row.app), raw: revive(row.raw) }));
  rows.splice(0, rows.length, ...[...kept, ...rows].sort((a, b) => a.events - b.events));
}

const fmt = (value: number) =>
  !Number.isFinite(value)
    ? `> ${ACTION_LIMIT_MS / 1000} s`
    : value >= 100
      ? value.toFixed(0)
      : value.toFixed(1);
const cell = (summary: Summary | undefined, metric: string) =>
  !summary
    ? '—'
    : metric === 'longTasks'
      ? `${summary.n} (max ${fmt(summary.median)} ms)`
      : `${fmt(summary.median)} (${fmt(summary.min)}–${fmt(summary.max)})`;
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Chromium ${chromiumVersion}, Node ${process.version}`;
const lines = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}; medians of ${RUNS} runs (min–max).`,
  '',
  '| dataset | viewport | measure | app | raw vis-timeline | app / raw |',
  '|---|---|---|---|---|---|',
  ...rows.map(
    (row) =>
      `| ${row.dataset === 'shipped' ? `shipped (${row.events})` : row.events.toLocaleString('en')} | ${row.viewport} | ${row.metric === 'longTasks' ? 'long tasks > 50 ms during interactions' : LABELS[row.metric]} | ${cell(row.app, row.metric)} | ${cell(row.raw, row.metric)} | ${row.ratio === undefined ? '—' : row.ratio.toFixed(2)} |`,
  ),
];
console.log(lines.join('\n'));
writeFileSync('bench/results.md', lines.join('\n') + '\n');
writeFileSync(
  'bench/results.json',
  JSON.stringify(
    {
      date: new Date().toISOString(),
      machine,
      runs: RUNS,
      note: `null: the action took over ${ACTION_LIMIT_MS / 1000} s and was stopped`,
      rows,
    },
    null,
    2,
  ) + '\n',
);
console.log('Wrote bench/results.json and bench/results.md');
