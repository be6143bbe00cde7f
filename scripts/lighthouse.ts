/**
 * npm run lighthouse — Lighthouse 12.2.3 with its default mobile preset (simulated slow 4G and a
 * 4× slower CPU, Moto G Power screen) on the built app's /kk and /en pages, served by
 * `vite preview`. Prints the four category scores and the main performance metrics, and writes
 * bench/lighthouse.json. Run `npm run build` first.
 */
import { writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from './lib/browser.ts';
import { startPreview } from './lib/preview.ts';

const PAGES = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/kk', '/en'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
] as const;

const chromePath = process.env.CHROME_PATH ?? findChromium();
const { base, server } = await startPreview(4195);
const chrome = await chromeLauncher.launch({
  ...(chromePath ? { chromePath } : {}),
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
const results: Record<string, unknown> = {};
try {
  for (const path of PAGES) {
    const result = await lighthouse(`${base}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { categories, audits } = result.lhr;
    const scores = Object.fromEntries(
      CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)]),
    );
    const metrics = Object.fromEntries(METRICS.map((id) => [id, audits[id]?.displayValue ?? '—']));
    const failing = Object.values(audits)
      .filter(
        (audit) =>
          audit.score !== null &&
          audit.score < 1 &&
          audit.scoreDisplayMode !== 'informative' &&
          audit.scoreDisplayMode !== 'manual' &&
          audit.scoreDisplayMode !== 'notApplicable',
      )
      .map((audit) => `${audit.id} (${audit.score})`);
    results[path] = { scores, metrics, failing };
    console.log(
      `${path}: ${CATEGORIES.map((id) => `${id} ${scores[id]}`).join(', ')}\n  ${METRICS.map((id) => `${id} ${metrics[id]}`).join(', ')}\n  below 1: ${failing.join(', ') || 'none'}`,
    );
  }
} finally {
  chrome.kill();
  server.kill();
}
writeFileSync(
  'bench/lighthouse.json',
  JSON.stringify({ date: new Date().toISOString(), lighthouse: '12.2.3', results }, null, 2) + '\n',
);
