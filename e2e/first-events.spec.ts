import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { syntheticDataset } from '../scripts/lib/synthetic';
import type { Page } from '@playwright/test';
import { expect, LANGS, msg, test, type Lang } from './fixtures/app';

/**
 * A large dataset's first events are shown while the rest of the file is read. The file comes
 * from a real HTTP server that sends its first part at once and holds the rest until the test
 * lets it go, so the page is seen in between, whatever the machine's speed.
 */
const COUNT = 3_000;
const dataset = syntheticDataset(
  JSON.parse(readFileSync('public/data/kz-eu.json', 'utf8')) as Parameters<
    typeof syntheticDataset
  >[0],
  COUNT,
);
const body = JSON.stringify(dataset);
// Past the 2 MiB after which the app draws what it has (the file is ~3.6 MB).
const FIRST_PART = 2_500_000;
const lastEvent = dataset.events[COUNT - 1];
if (!lastEvent) throw new Error('no synthetic events');
const last = lastEvent;

/**
 * Serves the file from a real HTTP server: `firstPart` characters at once, the rest once
 * `release()` is called (and when the test ends, so no request is left hanging). With
 * `announce`, the answer says the file's length (Content-Length), as static hosts do.
 */
async function holdFile(
  page: Page,
  firstPart: number,
  announce: boolean,
  use: (file: { release: () => void }) => Promise<void>,
) {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const server = createServer((_request, response) => {
    response.writeHead(200, {
      'content-type': 'application/json',
      'access-control-allow-origin': '*',
      ...(announce ? { 'content-length': Buffer.byteLength(body) } : {}),
    });
    response.write(body.slice(0, firstPart));
    void held.then(() => response.end(body.slice(firstPart)));
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  await page.route('**/data/kz-eu.json', (route) =>
    route.continue({ url: `http://127.0.0.1:${port}/kz-eu.json` }),
  );
  await use({ release });
  release();
  server.close();
}

/** A file of unknown length, its first 2.5 MB sent at once, the rest held. */
const heldTest = test.extend<{ heldFile: { release: () => void } }>({
  heldFile: ({ page }, use) => holdFile(page, FIRST_PART, false, use),
});
heldTest.describe.configure({ timeout: 120_000 });

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A message with a count in any plural form and any digit grouping ("3,000", "3 000"). */
function countPattern(lang: Lang, key: string): RegExp {
  const forms = ['one', 'few', 'many', 'other'].flatMap((form) => {
    try {
      return [msg(lang, `${key}_${form}`, { count: '§' })];
    } catch {
      return [];
    }
  });
  return new RegExp(
    `^(${forms.map((form) => escape(form).replace('§', '[\\d\\s,.]+')).join('|')})$`,
  );
}

for (const lang of LANGS) {
  heldTest(
    `in ${lang}: a large file's first events are shown while the rest is read`,
    async ({ app, page, heldFile }) => {
      await page.goto(`/${lang}`);
      const status = page
        .getByRole('status')
        .filter({ hasText: countPattern(lang, 'results.reading') });
      await expect(status).toBeVisible({ timeout: 60_000 });
      // The first events are in the list and on the timeline, and can be read.
      await expect(app.listLinks(lang).first()).toBeVisible();
      await expect(page.locator('.bt-timeline[aria-busy="false"] .vis-item')).not.toHaveCount(0, {
        timeout: 30_000,
      });
      // What needs the whole dataset waits for it.
      await expect(page.getByRole('button', { name: msg(lang, 'print.button') })).toBeDisabled();
      await expect(page.getByRole('button', { name: msg(lang, 'export.button') })).toBeDisabled();
      expect(await app.listLinks(lang).count()).toBeLessThan(COUNT);

      heldFile.release();
      await expect(
        page.getByRole('status').filter({ hasText: countPattern(lang, 'results.all') }),
      ).toBeVisible({ timeout: 60_000 });
      await expect(status).toBeHidden();
      await expect(page.getByRole('button', { name: msg(lang, 'print.button') })).toBeEnabled();
      await expect(page.getByRole('button', { name: msg(lang, 'export.button') })).toBeEnabled();
    },
  );
}

heldTest(
  'a link to an event in the part of the file not yet read opens that event once it is in',
  async ({ app, page, heldFile }) => {
    await page.goto(`/ru/events/${last.id}`);
    // The first events are in (the page marks when), and the link still names its event: the
    // page waits for the rest instead of saying the event is unknown.
    await page.waitForFunction(
      () => performance.getEntriesByName('bt:dataset-partial').length > 0,
      undefined,
      { timeout: 60_000 },
    );
    await expect(page.getByText(msg('ru', 'event.notFoundTitle'))).toHaveCount(0);
    await expect(page).toHaveURL(`/ru/events/${last.id}`);
    heldFile.release();
    await expect(
      app.details('ru').getByRole('heading', { name: last.title.ru, exact: true }),
    ).toBeVisible({ timeout: 60_000 });
    await expect(page).toHaveURL(`/ru/events/${last.id}`);
  },
);

test('a file whose length is announced shows its first events after its first 100 kB, and is searched with the index built by the dataset worker', async ({
  app,
  page,
}) => {
  // The server says the file is ~3.6 MB long: the first events need not wait for 2 MiB.
  test.setTimeout(120_000);
  await holdFile(page, 100_000, true, async (file) => {
    await page.goto('/kk');
    await expect(
      page.getByRole('status').filter({ hasText: countPattern('kk', 'results.reading') }),
    ).toBeVisible({ timeout: 60_000 });
    await expect(app.listLinks('kk').first()).toBeVisible();
    await expect(page.locator('.bt-timeline[aria-busy="false"] .vis-item')).not.toHaveCount(0, {
      timeout: 30_000,
    });
    file.release();
    await expect(
      page.getByRole('status').filter({ hasText: countPattern('kk', 'results.all') }),
    ).toBeVisible({ timeout: 60_000 });
    // The search index of so large a file is built by the dataset worker, not on the page; a
    // typo ("agrement") is found with it (the search without an index matches words as typed).
    await page.waitForFunction(
      () => performance.getEntriesByName('bt:search-index-loaded').length > 0,
      undefined,
      { timeout: 60_000 },
    );
    await page.getByRole('searchbox', { name: msg('kk', 'filters.search.label') }).fill('agrement');
    await expect(app.listLinks('kk').first()).toBeVisible();
    await expect(
      page
        .getByRole('main')
        .getByText(/agreement/)
        .first(),
    ).toBeVisible();
  });
});
