/**
 * npm run screenshots — serves the build and saves screenshots of each language at 1280 × 800,
 * 1440 × 900, 375 × 667 and 390 × 844 (home, an open event, filtered, search, embed, the export
 * menu) into screenshots/, to look at before calling a change done; and the README's picture of
 * the desktop overview, docs/overview.jpg (committed, so kept small).
 */
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { CHROMIUM_ARGS, findChromium } from './lib/browser.ts';
import { LANGUAGES } from '../app/domain/languages.ts';
import { startPreview } from './lib/preview.ts';

const { base, server } = await startPreview(4193);
const event = process.argv[2] ?? 'epca-signed';

try {
  mkdirSync('screenshots', { recursive: true });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${base}/en`);
    await page.locator('.bt-timeline[aria-busy="false"]').waitFor();
    // Titles are laid out again once the lane names are drawn.
    await page.waitForTimeout(600);
    mkdirSync('docs', { recursive: true });
    await page.screenshot({ path: 'docs/overview.jpg', type: 'jpeg', quality: 72 });
    await page.close();
  }
  for (const [name, viewport] of [
    ['desktop', { width: 1280, height: 800 }],
    ['desktop-1440', { width: 1440, height: 900 }],
    ['phone', { width: 375, height: 667 }],
    ['phone-390', { width: 390, height: 844 }],
  ] as const) {
    const phone = viewport.width < 640;
    const context = await browser.newContext({ viewport, isMobile: phone, hasTouch: phone });
    const page = await context.newPage();
    for (const lang of LANGUAGES) {
      for (const [kind, path] of [
        ['home', `/${lang}`],
        ['event', `/${lang}/events/${event}`],
        ['filtered', `/${lang}?party=eu-commission&group=party`],
        ['search', `/${lang}?q=EPCA`],
        ['embed', `/${lang}/events/${event}?embed=1`],
      ] as const) {
        await page.goto(base + path);
        await page.locator('.bt-timeline[aria-busy="false"]').waitFor();
        await page.waitForTimeout(400);
        await page.screenshot({
          path: `screenshots/${lang}-${kind}-${name}.png`,
          fullPage: phone,
        });
        if (phone) await page.screenshot({ path: `screenshots/${lang}-${kind}-${name}-fold.png` });
      }
      // The export menu, open.
      const messages = JSON.parse(readFileSync(`locales/${lang}/translation.json`, 'utf8')) as {
        export: { button: string };
        timeline: { more: string };
      };
      await page.goto(`${base}/${lang}?track=epca`);
      await page.locator('.bt-timeline[aria-busy="false"]').waitFor();
      // On a phone, Export is in the toolbar's "More" menu.
      if (phone) await page.getByRole('button', { name: messages.timeline.more }).click();
      await page.getByRole('button', { name: messages.export.button, exact: true }).click();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `screenshots/${lang}-export-${name}.png` });
    }
    await context.close();
  }
  await browser.close();
  console.log('screenshots/ written');
} finally {
  server.kill();
}
