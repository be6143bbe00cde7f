/**
 * npm run lighthouse — Lighthouse 12.2.3 with its default mobile preset (simulated slow 4G, Moto G
 * Power screen) on the built app served gzipped by `vite preview` (as static hosts serve it).
 * Pages are the arguments (default: /kk, /en, an event page and a track page). Prints the four
 * category scores and the main performance metrics, and writes bench/lighthouse.json. Run
 * `npm run build` first.
 *
 * The preset's 4× CPU slowdown stands for a mid-range phone on a machine Lighthouse rates at a
 * `benchmarkIndex` of about 1,500. A faster machine makes the page look faster than it is on that
 * phone, so, as Lighthouse's throttling guide describes, the script first measures this machine's
 * benchmarkIndex (the median of three runs) and raises the slowdown in proportion: 4 × index /
 * 1,500 (never below 4). It prints the index and the slowdown used. `--cpu N` sets the multiplier
 * instead.
 */
import { writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from './lib/browser.ts';
import { startPreview } from './lib/preview.ts';

const args = process.argv.slice(2);
const cpuFlag = args.indexOf('--cpu');
const cpuSlowdown = cpuFlag >= 0 ? Number(args.splice(cpuFlag, 2)[1]) : undefined;
if (cpuSlowdown !== undefined && !(cpuSlowdown >= 1)) throw new Error('--cpu needs a number ≥ 1');
const PAGES = args.length > 0 ? args : ['/kk', '/en', '/ru/events/epca-signed', '/en/tracks/epca'];
/** The machine the targets are set for: a preset run there is a run on a mid-range phone. */
const REFERENCE_INDEX = 1500;
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
  let cpu = cpuSlowdown;
  if (cpu === undefined) {
    // Three first runs, thrown away, to read this machine's benchmarkIndex (they also warm the
    // server): the median, as one reading swings with whatever else the machine is doing.
    const indexes: number[] = [];
    for (let probe = 0; probe < 3; probe++) {
      const run = await lighthouse(`${base}${PAGES[0] ?? '/en'}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
      });
      indexes.push(run?.lhr.environment.benchmarkIndex ?? REFERENCE_INDEX);
    }
    const index = [...indexes].sort((a, b) => a - b)[1] ?? REFERENCE_INDEX;
    cpu = Math.max(4, Math.round((40 * index) / REFERENCE_INDEX) / 10);
    console.log(
      `benchmarkIndex ${indexes.map(Math.round).join(', ')}, median ${Math.round(index)}: CPU slowdown 4 × ${Math.round(index)} / ${REFERENCE_INDEX} = ${cpu}×`,
    );
  }
  for (const path of PAGES) {
    const result = await lighthouse(`${base}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
      // Merged into the preset's throttling (slow 4G stays).
      throttling: { cpuSlowdownMultiplier: cpu },
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { categories, audits } = result.lhr;
    const scoreList = CATEGORIES.map(
      (id) => [id, Math.round((categories[id]?.score ?? 0) * 100)] as const,
    );
    const metricList = METRICS.map((id) => [id, audits[id]?.displayValue ?? '—'] as const);
    const scores = Object.fromEntries(scoreList);
    const metrics = Object.fromEntries(metricList);
    const failing = Object.values(audits)
      .filter(
        (audit): audit is typeof audit & { score: number } =>
          audit.score !== null &&
          audit.score < 1 &&
          audit.scoreDisplayMode !== 'informative' &&
          audit.scoreDisplayMode !== 'manual' &&
          audit.scoreDisplayMode !== 'notApplicable',
      )
      .map((audit) => `${audit.id} (${audit.score})`);
    const { benchmarkIndex } = result.lhr.environment;
    const usedCpu = result.lhr.configSettings.throttling.cpuSlowdownMultiplier;
    results[path] = { scores, metrics, failing, benchmarkIndex, cpuSlowdownMultiplier: usedCpu };
    console.log(
      `${path}: ${scoreList.map(([id, score]) => `${id} ${score}`).join(', ')}\n  ${metricList.map(([id, value]) => `${id} ${value}`).join(', ')}\n  below 1: ${failing.join(', ') || 'none'}\n  benchmarkIndex ${Math.round(benchmarkIndex)}, CPU slowdown ${usedCpu}×`,
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
