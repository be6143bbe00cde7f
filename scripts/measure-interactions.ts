/**
 * npm run measure — on the shipped dataset, in headless Chromium against the production build,
 * how long a filter change and a search keystroke take until the list and the timeline have
 * both updated and a frame has been painted. Prints medians (and min / max) of 15 runs.
 */
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './lib/browser.ts';
import { startPreview } from './lib/preview.ts';

const RUNS = 15;
const { base, server } = await startPreview(4194);

/**
 * In-page timer, as source text: tsx would wrap a function passed to page.evaluate with helpers
 * that do not exist in the page. Runs the action, then resolves with the ms until the list and
 * the timeline both changed and the next frame was painted.
 */
const TIMER = `async (action) => {
  const snapshot = () => [
    document.querySelectorAll('#event-list li').length,
    document.querySelectorAll('.bt-timeline .bt-item-label').length,
    document.querySelector('#event-list')?.textContent,
  ];
  const before = snapshot();
  const t0 = performance.now();
  new Function(action)();
  await new Promise((resolve) => {
    const check = () => {
      const now = snapshot();
      if (now.every((value, i) => value !== before[i])) resolve();
      else requestAnimationFrame(check);
    };
    check();
  });
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return performance.now() - t0;
}`;

async function timeIt(page: Page, action: string): Promise<number> {
  return page.evaluate<number>(`(${TIMER})(${JSON.stringify(action)})`);
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
  const filter: number[] = [];
  const cleared: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    filter.push(await timeIt(page, "document.querySelector('#party-eu-commission').click()"));
    await page.waitForTimeout(150);
    cleared.push(await timeIt(page, "document.querySelector('#party-eu-commission').click()"));
    await page.waitForTimeout(150);
  }

  const keystroke: number[] = [];
  const box = page.getByRole('searchbox');
  for (let i = 0; i < RUNS; i++) {
    await box.fill('vis');
    await page.waitForTimeout(200);
    // One more letter, typed as a user would ("visa" narrows "vis").
    keystroke.push(
      await timeIt(
        page,
        "const input = document.querySelector('#event-search'); const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set; set.call(input, input.value + 'a'); input.dispatchEvent(new Event('input', { bubbles: true }));",
      ),
    );
    await box.fill('');
    await page.waitForTimeout(200);
  }
  console.log(
    `Shipped dataset, 1280×800, ${RUNS} runs each, until list + timeline updated and painted:`,
  );
  console.log(`  filter change (party checkbox): ${stats(filter)}`);
  console.log(`  filter cleared (the same, unchecked): ${stats(cleared)}`);
  console.log(`  search keystroke ("vis" → "visa"): ${stats(keystroke)}`);
  await browser.close();
} finally {
  server.kill();
}
