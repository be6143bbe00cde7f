import { dataset, eventById, expect, LANGS, msg, plural, test } from './fixtures/app';

const KAZAKH_DATE = { 'epca-signed': '2015 ж. 21 желтоқсан' } as const;
const DATE_TEXT = {
  kk: KAZAKH_DATE['epca-signed'],
  en: '21 December 2015',
  ru: '21 декабря 2015 г.',
} as const;

for (const lang of LANGS) {
  test.describe(`in ${lang}`, () => {
    test('loads the dataset with one timeline item and one list entry per event', async ({
      app,
      page,
    }) => {
      await app.open(`/${lang}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.title[lang]);
      await expect(page).toHaveTitle(new RegExp(dataset.title[lang]));
      expect([...(await app.collectTimelineIds())].sort()).toEqual(
        dataset.events.map((e) => e.id).sort(),
      );
      const list = app.eventList(lang);
      await expect(list.getByRole('link')).toHaveCount(dataset.events.length);
      await expect(list.getByText(plural(lang, 'list.count', dataset.events.length))).toBeVisible();
      // Items carry the localized title as text.
      await expect(await app.timelineItem('epca-signed')).toHaveText(
        eventById('epca-signed').title[lang],
      );
    });

    test('opens an event from the list with its date, sources and URL', async ({ app, page }) => {
      await app.open(`/${lang}`);
      const event = eventById('epca-signed');
      await app
        .eventList(lang)
        .getByRole('link', { name: new RegExp(escape(event.title[lang])) })
        .click();
      await expect(page).toHaveURL(`/${lang}/events/epca-signed`);
      const details = app.details(lang);
      await expect(
        details.getByRole('heading', { level: 2, name: event.title[lang] }),
      ).toBeVisible();
      await expect(
        details.getByRole('definition').getByText(DATE_TEXT[lang], { exact: true }),
      ).toBeVisible();
      const sources = details
        .getByRole('region', { name: msg(lang, 'event.sources') })
        .getByRole('link');
      await expect(sources).toHaveCount(event.sources.length);
      await expect(sources.first()).toHaveAttribute('rel', 'noopener noreferrer');
      await expect(sources.first()).toHaveAttribute('target', '_blank');
      await expect(sources.first()).toHaveAttribute('href', event.sources[0]?.url ?? '');
      // The timeline follows the selection.
      await expect(
        page.locator('.bt-timeline .vis-item.vis-selected .vis-item-content'),
      ).toContainText(event.title[lang]);
    });

    test('opens an event by clicking it on the timeline', async ({ app, page }) => {
      const event = eventById('cooperation-council-22');
      await app.open(`/${lang}`);
      await (await app.timelineItem(event.id)).click();
      await expect(page).toHaveURL(`/${lang}/events/cooperation-council-22`);
      await expect(app.details(lang).getByRole('heading', { level: 2 })).toHaveText(
        event.title[lang],
      );
    });

    test('a deep link opens its event, selected and in view, and survives a reload', async ({
      app,
      page,
    }) => {
      const event = eventById('visa-readmission-round-1');
      await app.open(`/${lang}/events/${event.id}`);
      await expect(app.details(lang).getByRole('heading', { level: 2 })).toHaveText(
        event.title[lang],
      );
      const selected = page.locator('.bt-timeline .vis-item.vis-selected .vis-item-content');
      await expect(selected).toBeInViewport();
      await expect(
        app.eventList(lang).getByRole('link', { name: new RegExp(escape(event.title[lang])) }),
      ).toHaveAttribute('aria-current', /true|page/);
      await page.reload();
      await app.ready();
      await expect(app.details(lang).getByRole('heading', { level: 2 })).toHaveText(
        event.title[lang],
      );
      await expect(
        page.locator('.bt-timeline .vis-item.vis-selected .vis-item-content'),
      ).toBeInViewport();
    });

    test('switching language keeps the open event and the query', async ({ app, page }) => {
      const event = eventById('epca-in-force');
      await app.open(`/${lang}/events/${event.id}?q=keep`);
      for (const other of LANGS.filter((l) => l !== lang)) {
        const name = { kk: 'Қазақша', en: 'English', ru: 'Русский' }[other];
        await page
          .getByRole('navigation', { name: msg(lang, 'app.languageSwitcher') })
          .getByRole('link', { name })
          .click();
        await expect(page).toHaveURL(`/${other}/events/${event.id}?q=keep`);
        await expect(page.locator('html')).toHaveAttribute('lang', other);
        await expect(app.details(other).getByRole('heading', { level: 2 })).toHaveText(
          event.title[other],
        );
        await page.goBack();
        await expect(page).toHaveURL(`/${lang}/events/${event.id}?q=keep`);
      }
    });

    test('switching language switches the timeline: items, lanes and axis', async ({
      app,
      page,
    }) => {
      // A window of a few months, so the axis names months (a language's own words).
      await app.open(`/${lang}?start=2015-10-01&end=2016-03-01`);
      const other = lang === 'ru' ? 'en' : 'ru';
      const name = { kk: 'Қазақша', en: 'English', ru: 'Русский' }[other];
      const axis = page.locator('.bt-timeline .vis-time-axis .vis-text');
      const axisBefore = await axis.allTextContents();
      await page
        .getByRole('navigation', { name: msg(lang, 'app.languageSwitcher') })
        .getByRole('link', { name })
        .click();
      await expect(page.locator('html')).toHaveAttribute('lang', other);
      const item = await app.timelineItem('epca-signed');
      await expect(item).toHaveText(eventById('epca-signed').title[other]);
      await expect(item).toHaveAttribute('lang', other);
      await expect(
        page.locator('.bt-timeline .bt-group-label:not(.bt-eras-lane)').first(),
      ).toHaveAttribute('lang', other);
      // Month names on the axis are in the new language too.
      expect(axisBefore.join(' ')).toMatch({ kk: /жел/, en: /Dec/, ru: /дек/ }[lang]);
      await expect
        .poll(async () => (await axis.allTextContents()).join(' '))
        .toMatch({ kk: /жел/, en: /Dec/, ru: /дек/ }[other]);
    });

    test('closing the panel returns to the timeline URL', async ({ app, page }) => {
      await app.open(`/${lang}/events/epca-signed`);
      await app
        .details(lang)
        .getByRole('link', { name: msg(lang, 'event.close') })
        .click();
      await expect(page).toHaveURL(`/${lang}`);
      // Nothing open: the panel's column goes (focus is back on the event's entry in the list).
      await expect(app.details(lang)).toHaveCount(0);
    });

    test('an unknown event id says so and offers the way back', async ({ app, page }) => {
      await app.open(`/${lang}/events/no-such-event`);
      await expect(
        page.getByRole('heading', { name: msg(lang, 'event.notFoundTitle') }),
      ).toBeVisible();
      await page.getByRole('link', { name: msg(lang, 'error.backToTimeline') }).click();
      await expect(page).toHaveURL(`/${lang}`);
    });

    test('the zoom buttons have names and change the visible range', async ({ app, page }) => {
      await app.open(`/${lang}`);
      const axis = page.locator('.bt-timeline .vis-time-axis.vis-foreground');
      const before = await axis.innerText();
      await page.getByRole('button', { name: msg(lang, 'timeline.zoomIn') }).click();
      await expect.poll(() => axis.innerText()).not.toBe(before);
      await page.getByRole('button', { name: msg(lang, 'timeline.fit') }).click();
      await expect.poll(() => axis.innerText()).toBe(before);
      await expect(page.getByRole('button', { name: msg(lang, 'timeline.zoomOut') })).toBeEnabled();
    });

    test('a failed load shows a translated error with Retry, and Retry recovers', async ({
      app,
      page,
    }) => {
      await page.route('**/data/kz-eu.json', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: '{ not json' }),
      );
      await page.goto(`/${lang}`);
      await expect(page.getByRole('alert')).toContainText(msg(lang, 'error.title'));
      await expect(page.getByRole('alert')).toContainText(msg(lang, 'error.reason.not-json'));
      await page.unroute('**/data/kz-eu.json');
      await page.getByRole('button', { name: msg(lang, 'error.retry') }).click();
      await app.ready();
      await expect(app.eventList(lang).getByRole('link')).toHaveCount(dataset.events.length);
      await expect(app.timelineItems().first()).toBeVisible();
    });

    test('@phone fits a 375 px screen without horizontal scrolling', async ({ app }) => {
      await app.open(`/${lang}/events/epca-signed`);
      await expect(app.details(lang).getByRole('heading', { level: 2 })).toBeVisible();
      expect(await app.horizontalOverflow()).toBeLessThanOrEqual(0);
    });
  });
}

test('Kazakh dates are formatted by the app, not by Chromium’s incomplete Intl', async ({
  app,
  page,
}) => {
  await app.open('/kk/events/epca-signed');
  await expect(
    app
      .details('kk')
      .getByRole('definition')
      .getByText(KAZAKH_DATE['epca-signed'], { exact: true }),
  ).toBeVisible();
  await expect(page.getByText(/\d{4} M\d{1,2}/)).toHaveCount(0);
  // A month-precision event keeps its precision.
  await expect(app.eventList('kk').getByText('1993 ж. желтоқсан')).toBeVisible();
});

test('the root redirects to the browser’s language, and then to the saved choice', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'ru-RU' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL('/ru');
  await page.goto('/en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The built page already says lang="en"; the choice is saved once the app has taken over.
  await expect(page.locator('.bt-timeline[aria-busy="false"]')).toBeVisible();
  await page.goto('/');
  await expect(page).toHaveURL('/en');
  await context.close();
});

test('an unknown language segment redirects to Kazakh and keeps the rest', async ({
  app,
  page,
}) => {
  await app.open('/de/events/epca-signed?q=x');
  await expect(page).toHaveURL('/kk/events/epca-signed?q=x');
  await expect(app.details('kk').getByRole('heading', { level: 2 })).toHaveText(
    eventById('epca-signed').title.kk,
  );
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
