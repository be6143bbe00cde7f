/**
 * npm run screenshots — serves the build and saves desktop and 375 px screenshots of each language
 * (home and an open event) into screenshots/, to look at before calling a change done.
 */
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { CHROMIUM_ARGS, findChromium } from './lib/browser.ts';
import { startPreview } from './lib/preview.ts';

const { base, server } = await startPreview(4193);
const event = process.argv[2] ?? 'epca-signed';

try {
  mkdirSync('screenshots', { recursive: true });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  for (const [name, viewport] of [
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 375, height: 667 }],
  ] as const) {
    const page = await browser.newPage({ viewport });
    for (const lang of ['kk', 'en', 'ru']) {
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
          fullPage: name === 'phone',
        });
        if (name === 'phone')
          await page.screenshot({ path: `screenshots/${lang}-${kind}-${name}-fold.png` });
      }
      // The export menu, open.
      const messages = JSON.parse(readFileSync(`locales/${lang}/translation.json`, 'utf8')) as {
        export: { button: string };
      };
      await page.goto(`${base}/${lang}?track=epca`);
      await page.locator('.bt-timeline[aria-busy="false"]').waitFor();
      await page.getByRole('button', { name: messages.export.button, exact: true }).click();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `screenshots/${lang}-export-${name}.png` });
    }
    await page.close();
  }
  await browser.close();
  console.log('screenshots/ written');
} finally {
  server.kill();
}
