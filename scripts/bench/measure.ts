/** Drives one page of `npm run bench` (the app's or the raw one's) and records its samples. */
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import type { Browser, Page } from '@playwright/test';
import type { PageAction, Probe } from './in-page.ts';
import {
  ACTION_LIMIT_MS,
  INTERACTION_METRICS,
  type Kind,
  type Metric,
  type Samples,
} from './metrics.ts';
import { ACTIONS, APP_FILTER, describe } from './actions.ts';

/**
 * in-page.ts as one classic script. Bundled rather than passed as functions: tsx compiles this
 * code with esbuild's keepNames, which wraps named functions in a `__name` helper the page lacks.
 */
export const PROBE_SCRIPT =
  buildSync({
    entryPoints: [fileURLToPath(new URL('./in-page.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
  }).outputFiles[0]?.text ?? '';

/**
 * Calls a function of the probe in the page. The function sent is an anonymous arrow, which tsx
 * leaves as written; keep it so.
 */
export const callProbe = <K extends keyof Probe>(
  page: Page,
  name: K,
  ...args: Parameters<Probe[K]>
): Promise<Awaited<ReturnType<Probe[K]>>> =>
  page.evaluate(
    ([key, list]) =>
      (window as unknown as { __probe: Record<string, (...values: unknown[]) => unknown> }).__probe[
        key
      ]?.(...list),
    [name, args as unknown[]] as const,
  ) as Promise<Awaited<ReturnType<Probe[K]>>>;

/** `work`'s result, or undefined if it takes over the action limit (a page too busy to answer). */
async function withinLimit<T>(work: Promise<T>): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const result = await Promise.race([
    work,
    new Promise<undefined>(
      (resolve) => (timer = setTimeout(() => resolve(undefined), ACTION_LIMIT_MS)),
    ),
  ]);
  clearTimeout(timer);
  return result;
}

/**
 * Pages that drew their items but then stayed busy past the limit (the raw page at 100,000
 * events lays its items out for minutes): their interactions are recorded as over the limit.
 */
const unresponsive = new WeakSet<Page>();

/**
 * Opens a fresh page of `kind`, records when its events were visible, when all were in, and its
 * heap after GC and its number of elements (with all of them).
 */
export async function loadPage(
  browser: Browser,
  base: string,
  kind: Kind,
  viewport: { width: number; height: number },
  samples: Samples,
): Promise<Page> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  await context.addInitScript(PROBE_SCRIPT);
  const page = await context.newPage();
  await page.goto(base + ACTIONS[kind].url, { waitUntil: 'commit' });
  const visible = await callProbe(page, 'waitVisible');
  process.stderr.write(`  ${kind} visible at ${visible.toFixed(0)} ms\n`);
  samples.visible.push(visible);
  // The raw page draws everything at once; the app may draw a large file's first events first,
  // and marks the page busy until the rest is in.
  const complete = kind === 'app' ? await callProbe(page, 'waitComplete') : visible;
  if (complete > visible + 1)
    process.stderr.write(`  ${kind} all in at ${complete.toFixed(0)} ms\n`);
  samples.complete.push(complete);
  const dataEnd = await withinLimit(callProbe(page, 'dataReceivedAt'));
  if (dataEnd === undefined) {
    process.stderr.write(`  ${kind}: no answer for ${ACTION_LIMIT_MS / 1000} s after drawing\n`);
    unresponsive.add(page);
    return page;
  }
  if (kind === 'app' && Number.isFinite(dataEnd)) samples.afterData.push(complete - dataEnd);
  await page.waitForTimeout(300);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  samples.heapMB.push(usedSize / 2 ** 20);
  // The page's size as Lighthouse's "DOM size" counts it: its elements.
  samples.elements.push(await page.evaluate(() => document.getElementsByTagName('*').length));
  if (kind === 'app') {
    // Below 1,024 px the filter panel is rendered once opened: open it, as a reader on a phone
    // does, before its filters are timed.
    const toggle = page.locator('button[aria-controls="filters"][aria-expanded="false"]');
    if (await toggle.isVisible()) {
      await toggle.click();
      await page.locator(APP_FILTER).waitFor();
    }
  }
  return page;
}

class TooSlow extends Error {}

/**
 * Times `runs` filter changes, search keystrokes, language switches, zooms and pans on `first`,
 * and the long tasks meanwhile. An action over the limit replaces the page with `reopen()`.
 */
export async function interact(
  first: Page,
  kind: Kind,
  runs: number,
  samples: Samples,
  reopen: () => Promise<Page>,
): Promise<void> {
  if (unresponsive.has(first)) {
    for (const metric of INTERACTION_METRICS) samples[metric].push(Infinity);
    return;
  }
  let page = first;
  const a = ACTIONS[kind];
  const timed = async (action: PageAction, timeline: boolean) => {
    const ms = await withinLimit(callProbe(page, 'timeAction', action, timeline));
    if (ms === undefined) {
      process.stderr.write(`  ${kind}: over ${ACTION_LIMIT_MS / 1000} s, opening a fresh page\n`);
      await page.context().close();
      page = await reopen();
      const now = unresponsive.has(page) ? undefined : await withinLimit(callProbe(page, 'now'));
      if (now === undefined) given.up = true;
      else startedAt = now;
      throw new TooSlow();
    }
    const shown = (Array.isArray(ms) ? ms : [ms]).map((value) => value.toFixed(0)).join(' / ');
    process.stderr.write(`  ${kind} ${describe(action)}: ${shown} ms\n`);
    return ms;
  };
  const run = async (action: PageAction) => (await timed(action, false)) as number;
  const settle = () => page.waitForTimeout(150);
  let startedAt = await callProbe(page, 'now');
  /** The fresh page did not answer either: what is left is recorded as over the limit. */
  const given = { up: false };
  /** Long tasks since the interactions (or the last reload) began. */
  const harvest = async () =>
    samples.longTasks.push(...(await callProbe(page, 'longTasksSince', startedAt)));
  // Undoing a filter or a search: in the app, as a user would; the raw page is reloaded instead,
  // because bringing 9,000 items back into a raw vis-timeline at 10,000 took over five minutes
  // (the benchmark's first version never finished).
  const restore = async (action: PageAction) => {
    if (kind === 'app') await run(action);
    else {
      await harvest();
      await page.reload({ waitUntil: 'commit' });
      await callProbe(page, 'waitVisible');
      startedAt = await callProbe(page, 'now');
    }
    await settle();
  };
  /** Runs a phase; an action over the limit counts as Infinity ("over 30 s") and ends it. */
  const phase = async (metric: Metric, body: () => Promise<void>) => {
    try {
      if (given.up) throw new TooSlow();
      await body();
    } catch (error) {
      if (!(error instanceof TooSlow)) throw error;
      samples[metric].push(Infinity);
      if (metric === 'language') samples.languageTimeline.push(Infinity);
      if (metric === 'filter') samples.filterTimeline.push(Infinity);
    }
  };
  await phase('filter', async () => {
    for (let i = 0; i < runs; i++) {
      const [first, timeline] = (await timed(a.filter, true)) as [number, number];
      samples.filter.push(first);
      samples.filterTimeline.push(timeline);
      await settle();
      await restore(a.unfilter);
    }
  });
  await phase('keystroke', async () => {
    for (let i = 0; i < runs; i++) {
      await run(a.searchPrefix);
      await settle();
      samples.keystroke.push(await run(a.keystroke));
      await settle();
      await restore(a.clearSearch);
    }
  });
  await phase('language', async () => {
    for (let i = 0; i < runs; i++) {
      const [first, timeline] = (await timed(a.toRussian, true)) as [number, number];
      samples.language.push(first);
      samples.languageTimeline.push(timeline);
      await settle();
      await restore(a.toEnglish);
    }
  });
  if (given.up) {
    samples.zoom.push(Infinity);
    samples.pan.push(Infinity);
    return;
  }
  const box = await page.locator('.vis-center').boundingBox();
  if (box) {
    const x = box.x + box.width / 2;
    const y = box.y + Math.min(box.height - 10, 40);
    /** Times a gesture until painted; one over the limit is enough to know (a raw 10,000-item pan took 47 s). */
    const gestures = async (metric: 'zoom' | 'pan', gesture: (i: number) => Promise<void>) => {
      for (let i = 0; i < runs; i++) {
        const t0 = await callProbe(page, 'now');
        await gesture(i);
        await callProbe(page, 'frame');
        const ms = (await callProbe(page, 'now')) - t0;
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
  await harvest();
}
