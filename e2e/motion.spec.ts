import type { Page } from '@playwright/test';
import { expect, LANGS, msg, test } from './fixtures/app.ts';

/**
 * Starts recording, on every frame, where an event's item is on screen; the returned function
 * stops, two frames later (vis draws a settled window on its next frame, which a busy machine may
 * not have painted yet when the address is written), and gives the positions in order, each
 * change once.
 */
async function trackItem(page: Page, eventId: string): Promise<() => Promise<number[]>> {
  await page.evaluate((id) => {
    const record = { on: true, positions: [] as number[] };
    (window as unknown as { motion: typeof record }).motion = record;
    const sample = () => {
      const item = document
        .querySelector(`.bt-timeline [data-id="${CSS.escape(id)}"]`)
        ?.closest('.vis-item');
      const left = item ? Math.round(item.getBoundingClientRect().left) : Number.NaN;
      if (record.positions.at(-1) !== left) record.positions.push(left);
      if (record.on) requestAnimationFrame(sample);
    };
    sample();
  }, eventId);
  return () =>
    page.evaluate(async () => {
      const record = (window as unknown as { motion: { on: boolean; positions: number[] } }).motion;
      for (let frame = 0; frame < 2; frame++)
        await new Promise((resolve) => requestAnimationFrame(resolve));
      record.on = false;
      return record.positions;
    });
}

test.describe('a reader who asked for less motion', () => {
  test.use({ reducedMotion: 'reduce' });

  for (const lang of LANGS) {
    test(`${lang}: zooming moves the timeline in one step, without a glide`, async ({
      app,
      page,
    }) => {
      await app.open(`/${lang}`);
      // The EPCA's signature (2015) stays in view when the overview is zoomed in on its middle.
      const positions = await trackItem(page, 'epca-signed');
      await page.getByRole('button', { name: msg(lang, 'timeline.zoomIn') }).click();
      // The zoom is the reader's own move: the window is written to the address once it settles.
      await expect(page).toHaveURL(/[?&]start=\d{4}-\d{2}-\d{2}&end=\d{4}-\d{2}-\d{2}/);
      const seen = await positions();
      // Where it was, and where it is: no frames in between.
      expect(seen).toHaveLength(2);
      expect(seen[1]).not.toBe(seen[0]);
    });
  }
});
