/**
 * Deep links on a plain static file server (no SPA rewrite: a missing file gets 404.html with
 * status 404), at the root and under a sub-path (BASE_PATH=/sub/, built here into its own
 * directory), and the prerendered pages read without JavaScript.
 */
import { rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { buildSite } from '../scripts/lib/build-site.ts';
import { startStaticServer } from '../scripts/lib/static-server.ts';
import { dataset, eventById, expect, LANGS, msg, test, type Lang } from './fixtures/app';

const SUB_DIR = resolve('node_modules/.cache/e2e-static-sub');
let root: { url: string; server: Server };
let sub: { url: string; server: Server };

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  root = await startStaticServer('dist', 4303);
  await rm(SUB_DIR, { recursive: true, force: true });
  buildSite(SUB_DIR, { BASE_PATH: '/sub/', SITE_URL: '' });
  sub = await startStaticServer(SUB_DIR, 4304, '/sub/');
});

test.afterAll(async () => {
  // Either is missing if beforeAll failed part way.
  const started: ({ server: Server } | undefined)[] = [root, sub];
  for (const site of started) await new Promise((done) => site?.server.close(done));
});

const epca = eventById('epca-signed') as ReturnType<typeof eventById> & {
  summary: Record<Lang, string>;
};

for (const lang of LANGS) {
  test(`in ${lang}: a deep link to an event opens it from its own page, and the app takes over`, async ({
    page,
    app,
  }) => {
    // Record whether #root is ever empty after the page has content: that would be a blank frame.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const root = document.getElementById('root');
        if (!root) return;
        const w = window as unknown as { rootEmptied: boolean };
        w.rootEmptied = root.childElementCount === 0;
        new MutationObserver(() => {
          if (root.childElementCount === 0) w.rootEmptied = true;
        }).observe(root, { childList: true });
      });
    });
    const response = await page.goto(`${root.url}/${lang}/events/epca-signed`);
    expect(response?.status()).toBe(200);
    await app.ready();
    await expect(
      app.details(lang).getByRole('heading', { level: 2, name: epca.title[lang] }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: epca.title[lang] })).toHaveCount(1);
    await expect(page).toHaveTitle(new RegExp(`^${epca.title[lang]} · `));
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    expect(
      await page.evaluate(() => (window as unknown as { rootEmptied: boolean }).rootEmptied),
    ).toBe(false);
    // The app is live: switching the language keeps the event, client-side.
    const other = lang === 'en' ? 'ru' : 'en';
    await page
      .getByRole('navigation', { name: msg(lang, 'app.languageSwitcher') })
      .getByRole('link', { name: { kk: 'Қазақша', en: 'English', ru: 'Русский' }[other] })
      .click();
    await expect(page).toHaveURL(`${root.url}/${other}/events/epca-signed`);
    await expect(
      app.details(other).getByRole('heading', { level: 2, name: epca.title[other] }),
    ).toBeVisible();
  });
}

test('under a sub-path (BASE_PATH=/sub/), a deep link opens its event, with or without the trailing slash', async ({
  page,
  app,
}) => {
  // Four full page loads of the app, each waiting for its timeline: slow on a busy machine.
  test.slow();
  for (const path of ['/sub/en/events/epca-signed', '/sub/en/events/epca-signed/']) {
    const response = await page.goto(`${sub.url}${path}`);
    expect(response?.status()).toBe(200);
    await app.ready();
    await expect(
      app.details('en').getByRole('heading', { level: 2, name: epca.title.en }),
    ).toBeVisible();
    await expect(page).toHaveURL(`${sub.url}/sub/en/events/epca-signed`);
  }
  // Query parameters survive: the page is the event's, the filters are the app's.
  await page.goto(`${sub.url}/sub/ru/events/epca-signed?party=eu`);
  await app.ready();
  await expect(
    app.details('ru').getByRole('heading', { level: 2, name: epca.title.ru }),
  ).toBeVisible();
  await expect(page).toHaveURL(`${sub.url}/sub/ru/events/epca-signed?party=eu`);
  // The list's entries link under the sub-path too, keeping the filters, and lead to their event.
  const entry = page.locator('#event-list').getByRole('link').first();
  await expect(entry).toHaveAttribute('href', /^\/sub\/ru\/events\/[a-z0-9-]+\?party=eu$/);
  const href = (await entry.getAttribute('href')) ?? '';
  await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));
  await entry.click();
  await expect(page).toHaveURL(`${sub.url}${href}`);
  // Opened by the app, not by loading the page again.
  expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(
    true,
  );
  // The site root picks a language.
  await page.goto(`${sub.url}/sub/`);
  await expect(page).toHaveURL(new RegExp(`^${sub.url}/sub/(kk|en|ru)$`));
  await app.ready();
});

test.describe('unknown addresses', () => {
  test.use({ allowErrors: true });

  test('an unknown event id gets 404.html, which routes to the translated not-found view', async ({
    page,
    app,
    problems,
  }) => {
    for (const [base, prefix] of [
      [root.url, ''],
      [sub.url, '/sub'],
    ] as const) {
      problems.length = 0;
      const url = `${base}${prefix}/ru/events/no-such-event`;
      const response = await page.goto(url);
      expect(response?.status()).toBe(404);
      await app.ready();
      await expect(page.getByText(msg('ru', 'event.notFoundTitle'))).toBeVisible();
      await expect(page).toHaveURL(url);
      // The document's own 404 (and Chromium's console line about it) is the only failure.
      expect(problems.sort()).toEqual([
        `HTTP 404: ${url}`,
        'console: Failed to load resource: the server responded with a status of 404 (Not Found)',
      ]);
    }
  });
});

for (const lang of LANGS) {
  test(`in ${lang}: without JavaScript, an event page shows the event's title, date, summary and sources`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(`${root.url}/${lang}/events/epca-signed`);
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle(new RegExp(`^${epca.title[lang]} · `));
    const panel = page.getByRole('complementary', { name: msg(lang, 'event.panelLabel') });
    await expect(panel.getByRole('heading', { level: 2, name: epca.title[lang] })).toBeVisible();
    await expect(
      panel.getByRole('term').filter({ hasText: msg(lang, 'event.date') }),
    ).toBeVisible();
    await expect(panel.getByRole('definition').locator('time')).toHaveText(
      { kk: '2015 ж. 21 желтоқсан', en: '21 December 2015', ru: '21 декабря 2015 г.' }[lang],
    );
    await expect(panel.getByText(epca.summary[lang])).toBeVisible();
    const sources = panel.getByRole('region', { name: msg(lang, 'event.sources') });
    await expect(sources.getByRole('link')).toHaveCount(epca.sources.length);
    for (const source of epca.sources)
      await expect(
        sources.getByRole('link', { name: new RegExp(escape(source.publisher)) }),
      ).toHaveAttribute('href', source.url);
    // The placeholders kept for the app are hidden: the event is the first thing below the header.
    const box = await panel.boundingBox();
    expect(box?.y).toBeLessThan(250);
    await context.close();
  });
}

test('without JavaScript, a home page lists every event, each a link to its own page', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${root.url}/kk`);
  // Playwright's text and role selectors skip <noscript>, which is what is shown here.
  expect(await page.getByRole('main').innerText()).toContain(msg('kk', 'static.noscript'));
  const links = page.locator('main noscript a');
  await expect(links).toHaveCount(dataset.events.length);
  await links.filter({ hasText: epca.title.kk }).click();
  await expect(page).toHaveURL(`${root.url}/kk/events/epca-signed`);
  await expect(page.getByRole('heading', { level: 2, name: epca.title.kk })).toBeVisible();
  await context.close();
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
