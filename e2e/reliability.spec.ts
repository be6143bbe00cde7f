import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { syntheticDataset } from '../scripts/lib/synthetic';
import { dataset, expect, LANGS, msg, plural, test } from './fixtures/app';

const base = readFileSync('public/data/kz-eu.json', 'utf8');
const withEvents = (mutate: (events: unknown[]) => unknown[]) => {
  const json = JSON.parse(base) as { events: unknown[] };
  return JSON.stringify({ ...json, events: mutate(json.events) });
};
const serve = (body: string, contentType = 'application/json', status = 200) => ({
  status,
  contentType,
  body,
});

test.use({ allowErrors: true });

for (const lang of LANGS) {
  test.describe(`in ${lang}`, () => {
    test('a file with some broken events shows the rest and says how many could not be shown', async ({
      app,
      page,
    }) => {
      const body = withEvents((events) => [
        ...events,
        { id: 'broken-date', date: '2015-13-01' },
        { id: 'Bad Id', date: '2016', type: 'other' },
        'not an event',
      ]);
      await page.route('**/data/kz-eu.json', (route) => route.fulfill(serve(body)));
      await app.open(`/${lang}`);
      await expect(app.listLinks(lang)).toHaveCount(dataset.events.length);
      const notice = page
        .getByRole('status')
        .filter({ hasText: plural(lang, 'notice.skipped', 3) });
      await expect(notice).toBeVisible();
      await notice.getByText(msg(lang, 'notice.details')).click();
      await expect(
        notice.getByText(
          new RegExp(
            `events\\[${dataset.events.length}\\] \\(broken-date\\) \\.date: "2015-13-01" is not a valid date`,
          ),
        ),
      ).toBeVisible();
      await notice.getByRole('button', { name: msg(lang, 'notice.dismiss') }).click();
      await expect(notice).toHaveCount(0);
    });

    for (const [name, body, contentType, reason] of [
      [
        'another schema version',
        JSON.stringify({ ...JSON.parse(base), schemaVersion: 2 }),
        'application/json',
        'schema-version',
      ],
      ['no events', withEvents(() => []), 'application/json', 'no-events'],
      ['not JSON', '<<<', 'application/json', 'not-json'],
      [
        'an HTML page instead of the file',
        '<!doctype html><title>Not found</title>',
        'text/html',
        'content-type',
      ],
    ] as const) {
      test(`a file with ${name} gets a translated error with details and Retry`, async ({
        page,
      }) => {
        await page.route('**/data/kz-eu.json', (route) => route.fulfill(serve(body, contentType)));
        await page.goto(`/${lang}`);
        const alert = page.getByRole('alert');
        await expect(alert.getByRole('heading', { name: msg(lang, 'error.title') })).toBeVisible();
        await expect(alert).toContainText(msg(lang, `error.reason.${reason}`));
        await expect(alert.getByText(msg(lang, 'error.details'))).toBeVisible();
        await expect(alert.getByRole('button', { name: msg(lang, 'error.retry') })).toBeEnabled();
      });
    }
  });
}

test('HTTP 500 is retried with backoff, then explained; Retry recovers', async ({ app, page }) => {
  let calls = 0;
  await page.route('**/data/kz-eu.json', (route) => {
    calls++;
    return route.fulfill({ status: 500, body: 'oops' });
  });
  await page.goto('/en');
  await expect(page.getByRole('alert')).toContainText(msg('en', 'error.reason.http'), {
    timeout: 20_000,
  });
  expect(calls).toBe(4);
  await page.unroute('**/data/kz-eu.json');
  await page.getByRole('button', { name: msg('en', 'error.retry') }).click();
  await app.ready();
});

test('a refused connection is explained, and coming back online recovers without a reload', async ({
  app,
  page,
  context,
}) => {
  await page.route('**/data/kz-eu.json', (route) => route.abort('connectionrefused'));
  await page.goto('/ru');
  await expect(page.getByRole('alert')).toContainText(msg('ru', 'error.reason.network'), {
    timeout: 20_000,
  });
  await page.unroute('**/data/kz-eu.json');
  await context.setOffline(true);
  await context.setOffline(false);
  await app.ready();
  await expect(app.listLinks('ru')).toHaveCount(dataset.events.length);
});

test('where the dataset worker cannot load, the page reads the file itself, with the same checks', async ({
  app,
  page,
}) => {
  let refused = 0;
  await page.route('**/assets/dataset.worker-*.js', (route) => {
    refused += 1;
    return route.abort('connectionrefused');
  });
  await page.goto('/en');
  await app.ready();
  await expect(app.listLinks('en')).toHaveCount(dataset.events.length);
  expect(refused).toBeGreaterThan(0);
  // The page's own reading explains a bad file as the worker does.
  await page.route('**/data/kz-eu.json', (route) =>
    route.fulfill(serve('<!doctype html>', 'text/html')),
  );
  await page.reload();
  await expect(page.getByRole('alert')).toContainText(msg('en', 'error.reason.content-type'));
});

test('saved preferences survive a browser that blocks storage', async ({ app, page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await page.goto('/');
  await expect(page).toHaveURL(/\/(kk|en|ru)$/);
  await app.open('/kk');
  await expect(app.listLinks('kk').first()).toBeVisible();
});

test('a 20,000-event dataset loads, shows counts per period on the timeline and stays usable', async ({
  app,
  page,
}) => {
  test.setTimeout(180_000);
  const body = JSON.stringify(
    syntheticDataset(JSON.parse(base) as Parameters<typeof syntheticDataset>[0], 20_000),
  );
  // Served by a real HTTP server, as a static host would: the headers come at once and the body
  // streams. (route.fulfill hands the whole 35 MB to the browser in one message before the
  // headers arrive, which on a busy machine took longer than the app waits for an answer.)
  const server = createServer((_request, response) => {
    response.writeHead(200, {
      'content-type': 'application/json',
      'access-control-allow-origin': '*',
    });
    response.end(body);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  try {
    const { port } = server.address() as AddressInfo;
    await page.route('**/data/kz-eu.json', (route) =>
      route.continue({ url: `http://127.0.0.1:${port}/kz-eu.json` }),
    );
    await page.goto('/en');
    // The file's first events are drawn first (e2e/first-events.spec.ts); then all of them.
    await expect(page.getByRole('status').filter({ hasText: '20,000 events' })).toBeVisible({
      timeout: 120_000,
    });
    await expect(page.locator('.bt-timeline[aria-busy="false"]')).toBeVisible({ timeout: 60_000 });
    const count = page.locator('.bt-timeline .bt-count-label').first();
    await expect(count).toBeVisible();
    await expect(count).toHaveAttribute('lang', 'en');
    // The counts are redrawn in the new language (their number format and their tooltip).
    await page
      .getByRole('navigation', { name: msg('en', 'app.languageSwitcher') })
      .getByRole('link', { name: 'Русский' })
      .click();
    await expect(count).toHaveAttribute('lang', 'ru', { timeout: 30_000 });
    await expect(count).toHaveAttribute('title', /событи/);
    await page.goBack();
    await expect(count).toHaveAttribute('lang', 'en', { timeout: 30_000 });
    await app
      .filters('en')
      .getByRole('checkbox', { name: /^Uzbekistan \d+$/ })
      .check();
    await expect(page).toHaveURL('/en?party=uz');
    await expect(
      page.getByRole('status').filter({ hasText: /Showing [\d,]+ of 20,000 events/ }),
    ).toBeVisible({ timeout: 30_000 });
  } finally {
    server.close();
  }
});

test('a file over the size limit gets a clear message instead of a frozen tab', async ({
  page,
}) => {
  await page.route('**/data/kz-eu.json', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      headers: { 'content-length': String(100 * 1024 * 1024) },
      body: '{}',
    }),
  );
  await page.goto('/kk');
  await expect(page.getByRole('alert')).toContainText(msg('kk', 'error.reason.too-large'));
});

for (const lang of LANGS) {
  test(`in ${lang}: when the timeline's code cannot be loaded, it says so and the list still works`, async ({
    app,
    page,
  }) => {
    await page.route('**/assets/timeline-view-*.js', (route) => route.abort('connectionrefused'));
    await page.goto(`/${lang}`);
    await expect(page.getByRole('alert')).toContainText(msg(lang, 'timeline.failed'));
    await expect(page.getByRole('button', { name: msg(lang, 'timeline.reload') })).toBeVisible();
    await expect(app.listLinks(lang)).toHaveCount(dataset.events.length);
    await app.listLinks(lang).first().click();
    await expect(app.details(lang).getByRole('heading', { level: 2 })).toHaveText(
      dataset.events[0]?.title[lang] ?? '',
    );
  });

  test(`in ${lang}: a render error is caught with a translated message, Retry and a way back`, async ({
    page,
  }) => {
    // A browser whose plural rules break (as an old or broken engine might): rendering the
    // event count throws, and the route's error boundary must catch it.
    await page.addInitScript(() => {
      // lib.d.ts does not declare the constructor's prototype.
      const rules = Intl.PluralRules.prototype as Intl.PluralRules;
      // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with its own `this`
      const select = rules.select;
      rules.select = function (this: Intl.PluralRules, value: number) {
        if ((window as unknown as { brokenPlurals?: boolean }).brokenPlurals !== false)
          throw new Error('plural rules are broken');
        return select.call(this, value);
      };
    });
    await page.goto(`/${lang}`);
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading', { name: msg(lang, 'error.crashTitle') })).toBeVisible();
    await expect(alert).toContainText(msg(lang, 'error.crashBody'));
    await expect(
      alert.getByRole('link', { name: msg(lang, 'error.backToTimeline') }),
    ).toHaveAttribute('href', `/${lang}`);
    // Once the fault is gone, Retry brings the view back without a reload.
    await page.evaluate(
      () => ((window as unknown as { brokenPlurals?: boolean }).brokenPlurals = false),
    );
    await alert.getByRole('button', { name: msg(lang, 'error.retry') }).click();
    await expect(page.locator('.bt-timeline[aria-busy="false"]')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
}
