/**
 * npm run measure — on the shipped dataset, in headless Chromium against the production build,
 * how long a filter change and a search keystroke take until the list has been updated and
 * painted (the next paint, what interaction-to-next-paint counts), and until the timeline has
 * too (vis draws its items in a frame of their own). Prints medians (and min / max) of 15 runs.
 */
import { chromium, type Page } from '@playwright/test';
import type { PageAction } from './bench/in-page.ts';
import { callProbe, PROBE_SCRIPT } from './bench/measure.ts';
import { CHROMIUM_ARGS, findChromium } from './lib/browser.ts';
import { startPreview } from './lib/preview.ts';

const RUNS = 15;
const { base, server } = await startPreview(4194);

/**
 * Performs `action` in the page and resolves with the ms until a frame showing the list's change
 * had been painted, and the same for the timeline's: the benchmark's probe (bench/in-page.ts),
 * added to the page before its own scripts.
 */
const timeIt = (page: Page, action: PageAction) => callProbe(page, 'timeListAndTimeline', action);

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
  const min = sorted[0] ?? NaN;
  const max = sorted.at(-1) ?? NaN;
  return `median ${median.toFixed(1)} ms (min ${min.toFixed(1)}, max ${max.toFixed(1)})`;
};

try {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(PROBE_SCRIPT);
  await page.goto(`${base}/en`);
  await page.locator('.bt-timeline[aria-busy="false"]').waitFor();
  await page.waitForTimeout(500);

  // Both ways: choosing the party (91 → 30 events) and clearing it again (30 → 91), which
  // draws 61 events anew in the list and the timeline.
  const timings = { filter: [[], []], cleared: [[], []], keystroke: [[], []] } as Record<
    'filter' | 'cleared' | 'keystroke',
    [number[], number[]]
  >;
  const record = (into: [number[], number[]], [painted, withTimeline]: [number, number]) => {
    into[0].push(painted);
    into[1].push(withTimeline);
  };
  for (let i = 0; i < RUNS; i++) {
    const click = { click: '#party-eu-commission' };
    record(timings.filter, await timeIt(page, click));
    await page.waitForTimeout(150);
    record(timings.cleared, await timeIt(page, click));
    await page.waitForTimeout(150);
  }

  const box = page.getByRole('searchbox');
  for (let i = 0; i < RUNS; i++) {
    await box.fill('vis');
    await page.waitForTimeout(200);
    record(
      timings.keystroke,
      // One more letter, typed as a user would ("visa" narrows "vis").
      await timeIt(page, { input: '#event-search', value: 'a', append: true }),
    );
    await box.fill('');
    await page.waitForTimeout(200);
  }
  console.log(
    `Shipped dataset, 1280×800, ${RUNS} runs each, until the list is updated and painted / until the timeline is too:`,
  );
  const show = (label: string, [painted, withTimeline]: [number[], number[]]) => {
    console.log(`  ${label}: ${stats(painted)}`);
    console.log(`  ${label}, timeline included: ${stats(withTimeline)}`);
  };
  show('filter change (party checkbox)', timings.filter);
  show('filter cleared (the same, unchecked)', timings.cleared);
  show('search keystroke ("vis" → "visa")', timings.keystroke);
  await browser.close();
} finally {
  server.kill();
}
