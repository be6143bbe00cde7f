import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './lib/browser.ts';
import { startPreview } from './lib/preview.ts';

const { base, server } = await startPreview(4312);
const out = '/tmp/shots-export';
const labels = { kk: 'Экспорт', en: 'Export', ru: 'Экспорт' } as const;
try {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  for (const [name, viewport] of [
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 375, height: 667 }],
  ] as const) {
    const page = await browser.newPage({ viewport });
    await page.addInitScript(
      "Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: () => Promise.resolve() });",
    );
    for (const lang of ['kk', 'en', 'ru'] as const) {
      await page.goto(`${base}/${lang}?track=epca`);
      await page.locator('.bt-timeline[aria-busy="false"]').waitFor();
      await page.getByRole('button', { name: labels[lang], exact: true }).click();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${out}/${lang}-export-${name}.png` });
      await page.goto(name === 'phone' ? `${base}/${lang}?track=epca&embed=1` : `${base}/${lang}/events/epca-signed?track=epca&embed=1`);
      await page.locator('.bt-timeline[aria-busy="false"]').waitFor();
      await page.waitForTimeout(400);
      await page.screenshot({ path: `${out}/${lang}-embed-${name}.png`, fullPage: name === 'phone' });
      await page.goto(`${base}/${lang}/events/epca-signed?track=epca`);
      await page.locator('.bt-timeline[aria-busy="false"]').waitFor();
      await page.waitForTimeout(400);
      console.log(lang, name, await page.evaluate(() => typeof navigator.share));
      await page.locator('article[aria-labelledby="event-title"]').screenshot({ path: `${out}/${lang}-panel-${name}.png` });
    }
    await page.close();
  }
  await browser.close();
} finally {
  server.kill();
}
