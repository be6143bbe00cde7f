/**
 * npm run og-images — writes the link preview images (Open Graph / Twitter card), one per
 * language, to public/og/{kk,en,ru}.png (1200 × 630), rendered by Chromium from the dataset and
 * the app's strings: app name, dataset title and description, and every event as a mark on a time
 * axis in its type's colour. The images are committed; run again after changing the dataset's
 * title or description (the marks follow the events, so also after adding many).
 */
import { chromium } from '@playwright/test';
import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseDataset } from '../app/domain/dataset.ts';
import { LANGUAGES } from '../app/domain/languages.ts';
import { localize } from '../app/domain/localize.ts';
import { parsePartialDate, startOf } from '../app/domain/partial-date.ts';
import { makeI18n } from '../app/i18n-instance.ts';
import { CHROMIUM_ARGS, findChromium } from './lib/browser.ts';

const projectRoot = resolve(import.meta.dirname, '..');
const result = parseDataset(
  JSON.parse(await readFile(join(projectRoot, 'public/data/kz-eu.json'), 'utf8')),
);
if (!result.ok) throw new Error(`public/data/kz-eu.json is unusable: ${result.reason}`);
const { dataset } = result;

// The event type colours, from the app's stylesheet.
const css = await readFile(join(projectRoot, 'app/styles.css'), 'utf8');
const colours = new Map(
  [...css.matchAll(/\.type-([a-z-]+) \{\s*--type-color: (#[0-9a-f]{6});/g)].map((m) => [
    m[1],
    m[2],
  ]),
);

const times = dataset.events.map((event) => {
  const date = parsePartialDate(event.date);
  if (!date) throw new Error(`bad date ${event.date}`);
  return startOf(date).getTime();
});
const first = Math.min(...times);
const last = Math.max(...times);
const marks = dataset.events.map((event, index) => ({
  x: ((times[index] ?? first) - first) / Math.max(1, last - first),
  colour: colours.get(event.type) ?? '#475569',
}));
const years = [new Date(first).getUTCFullYear(), new Date(last).getUTCFullYear()];

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><style>
* { box-sizing: border-box; margin: 0; }
body { width: 1200px; height: 630px; font-family: 'DejaVu Sans', sans-serif; background: #0f2a4a;
  color: #fff; display: flex; flex-direction: column; padding: 64px 72px 56px; }
#app { font-size: 26px; font-weight: bold; letter-spacing: 0.08em; text-transform: uppercase; color: #bae6fd; }
#title { margin-top: 28px; font-size: 60px; line-height: 1.12; font-weight: bold; }
#description { margin-top: 24px; font-size: 25px; line-height: 1.4; color: #cbd5e1;
  display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
#axis { margin-top: auto; position: relative; height: 44px; border-bottom: 3px solid #64748b; }
#axis span { position: absolute; bottom: 6px; width: 8px; height: 30px; border-radius: 2px; }
#footer { display: flex; justify-content: space-between; margin-top: 12px; font-size: 22px; color: #cbd5e1; }
</style></head><body><p id="app"></p><h1 id="title"></h1><p id="description"></p>
<div id="axis"></div><div id="footer"><span id="from"></span><span id="count"></span><span id="to"></span></div></body></html>`;

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  await mkdir(join(projectRoot, 'public/og'), { recursive: true });
  for (const lang of LANGUAGES) {
    const messages = JSON.parse(
      await readFile(join(projectRoot, 'locales', lang, 'translation.json'), 'utf8'),
    ) as Record<string, unknown>;
    const t = makeI18n(lang, messages).t;
    await page.setContent(PAGE);
    // Text goes in as text nodes, never as HTML.
    await page.evaluate(
      ({ texts, marks }) => {
        for (const [id, text] of Object.entries(texts)) {
          const element = document.getElementById(id);
          if (element) element.textContent = text;
        }
        const axis = document.getElementById('axis');
        for (const mark of marks) {
          const span = document.createElement('span');
          span.style.left = `${(mark.x * 100).toFixed(2)}%`;
          span.style.marginLeft = '-4px';
          span.style.background = mark.colour;
          axis?.append(span);
        }
      },
      {
        texts: {
          app: t('app.name'),
          title: localize(dataset.title, lang).text,
          description: localize(dataset.description, lang).text,
          from: String(years[0]),
          count: t('list.count', { count: dataset.events.length }),
          to: String(years[1]),
        },
        marks,
      },
    );
    await page.evaluate(() => document.fonts.ready);
    const path = join(projectRoot, 'public/og', `${lang}.png`);
    await page.screenshot({ path, type: 'png' });
    console.log(`wrote ${path}`);
  }
} finally {
  await browser.close();
}
