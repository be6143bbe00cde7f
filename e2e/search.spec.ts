import { dataset, expect, LANGS, msg, test } from './fixtures/app';

/**
 * The search engine (MiniSearch) is a chunk the page asks for only when search is wanted: the
 * search box pointed at or focused, or a query in the address (app/domain/search.ts). Until it is
 * in, or if it cannot be had, a query still finds its events.
 */
const ENGINE = '**/assets/search-engine-*.js';
// Four letters: the engine matches it without typos, as the plain search does, so both find the
// same events; fewer than the list draws at once (use-list-paging.ts), so a count read is whole.
const QUERY = 'visa';
const total = dataset.events.length;

const isEngine = (url: string) => /\/assets\/search-engine-[^/]*\.js/.test(url);

/** Counts the page's requests for the engine from now on. */
function engineRequests(page: import('@playwright/test').Page) {
  const seen = { count: 0 };
  page.on('request', (request) => {
    if (isEngine(request.url())) seen.count++;
  });
  return seen;
}

for (const lang of LANGS) {
  test.describe(`in ${lang}`, () => {
    test('a visit loads no search engine; a query typed before it arrives finds the same events', async ({
      app,
      page,
    }) => {
      const requests = engineRequests(page);
      await app.open(`/${lang}`);
      await expect(app.listLinks(lang)).toHaveCount(total);
      expect(requests.count).toBe(0);

      let release: () => void = () => undefined;
      const arrived = new Promise<void>((resolve) => (release = resolve));
      await page.route(ENGINE, async (route) => {
        await arrived;
        await route.continue();
      });
      await page.getByRole('searchbox', { name: msg(lang, 'filters.search.label') }).fill(QUERY);
      await expect(page).toHaveURL(`/${lang}?q=${QUERY}`);
      await expect(app.eventList(lang).locator('mark').first()).toBeVisible();
      const found = await app.listLinks(lang).count();
      expect(found).toBeGreaterThan(0);
      expect(found).toBeLessThan(total);

      const engine = page.waitForResponse((response) => isEngine(response.url()));
      release();
      expect((await engine).ok()).toBe(true);
      await expect(app.listLinks(lang)).toHaveCount(found);
      await expect(app.eventList(lang).locator('mark').first()).toBeVisible();
    });

    test('a link with a query opens with its events found', async ({ app }) => {
      await app.open(`/${lang}?q=${QUERY}`);
      await expect(app.eventList(lang).locator('mark').first()).toBeVisible();
      const found = await app.listLinks(lang).count();
      expect(found).toBeGreaterThan(0);
      await app.open(`/${lang}`);
      await expect(app.listLinks(lang)).toHaveCount(total);
      expect(found).toBeLessThan(total);
    });
  });
}

test.describe('when the search engine cannot be fetched', () => {
  test.use({ allowErrors: true });

  test('search still finds events, query after query', async ({ app, page }) => {
    await page.route(ENGINE, (route) => route.abort('internetdisconnected'));
    await app.open('/ru');
    const box = page.getByRole('searchbox', { name: msg('ru', 'filters.search.label') });
    await box.fill('виза');
    await expect(app.eventList('ru').locator('mark').first()).toBeVisible();
    const found = await app.listLinks('ru').count();
    expect(found).toBeGreaterThan(0);
    await box.fill('визит');
    await expect(
      app
        .eventList('ru')
        .locator('mark', { hasText: /^визит/i })
        .first(),
    ).toBeVisible();
    await box.fill('');
    await expect(app.listLinks('ru')).toHaveCount(total);
  });
});
