/**
 * npm run measure — on the shipped dataset, in headless Chromium against the production build,
 * how long a filter change and a search keystroke take until the list has been updated and
 * painted (the next paint, what interaction-to-next-paint counts), and until the timeline has
 * too (vis draws its items in a frame of their own). Prints medians (and min / max) of 15 runs.
 */
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './lib/browser.ts';
import { startPreview } from './lib/preview.ts';

const RUNS = 15;
const { base, server } = await startPreview(4194);

/**
 * In-page timer, as source text: tsx would wrap a function passed to page.evaluate with helpers
 * that do not exist in the page. Runs the action, then resolves with the ms until a frame showing
 * the list's change had been painted, and the same for the timeline's. A change already made when
 * the action returned is painted by the next frame; one first seen in a frame's animation-frame
 * callback, at the end of that frame (a task posted from that callback runs after the paint), as
 * in the benchmark's probe (scripts/bench/in-page.ts).
 */
const TIMER = `async (action) => {
  const watched = [
    () => document.querySelectorAll('#event-list li').length + '|' + document.querySelector('#event-list')?.textContent,
    () => [...document.querySelectorAll('.bt-timeline .bt-item-label')].map((l) => l.textContent).join('|'),
  ];
  const before = watched.map((read) => read());
  const t0 = performance.now();
  new Function(action)();
  const changed = (i) => watched[i]() !== before[i];
  const shownIn = watched.map((_, i) => (changed(i) ? 1 : 0));
  const paintedIn = [];
  let frameNo = 0;
  do {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    frameNo++;
    paintedIn[frameNo] = new Promise((resolve) => setTimeout(() => resolve(performance.now() - t0), 0));
    shownIn.forEach((frame, i) => { if (frame === 0 && changed(i)) shownIn[i] = frameNo; });
  } while (shownIn.includes(0));
  return Promise.all(shownIn.map((frame) => paintedIn[frame]));
}`;

async function timeIt(page: Page, action: string): Promise<[number, number]> {
  return page.evaluate<[number, number]>(`(${TIMER})(${JSON.stringify(action)})`);
}

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
    const click = "document.querySelector('#party-eu-commission').click()";
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
      await timeIt(
        page,
        "const input = document.querySelector('#event-search'); const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set; set.call(input, input.value + 'a'); input.dispatchEvent(new Event('input', { bubbles: true }));",
      ),
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
