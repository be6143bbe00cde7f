import ICAL from 'ical.js';
import { axeViolations } from './fixtures/axe';
import { readFileSync } from 'node:fs';
import { dataset, expect, LANGS, msg, optionName, plural, test } from './fixtures/app';

/**
 * A record analysts can cite and follow: source kinds, "official sources only", official texts,
 * what changed in the release, marks since the last visit, feeds and the citation line.
 */
const release = dataset;
const previous = JSON.parse(readFileSync('data/releases/kz-eu-1.0.0.json', 'utf8')) as {
  events: { id: string }[];
};
const total = release.events.length;
const official = release.events.filter((event) =>
  event.sources.some((source) => source.kind === 'official' || source.kind === 'legal-text'),
);
const countText = (lang: (typeof LANGS)[number], count: number) =>
  plural(lang, 'results.count', count, { total });

for (const lang of LANGS) {
  test.describe(`in ${lang}`, () => {
    test('an event shows its sources’ kinds and lists its official texts', async ({ app }) => {
      await app.open(`/${lang}/events/epca-signed`);
      const panel = app.details(lang);
      const sources = panel.getByRole('region', { name: msg(lang, 'event.sources') });
      await expect(sources).toContainText(msg(lang, 'sourceKinds.legal-text'));
      await expect(sources).toContainText(msg(lang, 'sourceKinds.official'));
      const texts = panel.getByRole('region', { name: msg(lang, 'documents.heading') });
      await expect(texts.getByRole('listitem').first()).toContainText('OJ L 29, 4.2.2016');
      const read = texts.getByRole('link', {
        name: new RegExp(
          `^${msg(lang, 'documents.readIn', { language: msg(lang, 'languageNames.en') })}`,
        ),
      });
      await expect(read.first()).toHaveAttribute('href', /^https:\/\/eur-lex\.europa\.eu\//);
    });

    test('a track page lists its official texts, as built', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`/${lang}/tracks/epca`);
      const texts = page.getByRole('region', { name: msg(lang, 'documents.heading') });
      await expect(texts.getByRole('listitem').first()).toBeVisible();
      await expect(texts).toContainText('OJ L 29, 4.2.2016');
      await context.close();
    });

    test('"official sources only" filters, shows in the URL and survives reload', async ({
      app,
      page,
    }) => {
      // A page load and a reload.
      test.slow();
      await app.open(`/${lang}`);
      const option = app
        .filters(lang)
        .getByRole('group', { name: msg(lang, 'filters.sources.legend') })
        .getByRole('checkbox', { name: optionName(msg(lang, 'filters.sources.official')) });
      await option.check();
      await expect(page).toHaveURL(`/${lang}?sources=official`);
      await expect(app.listLinks(lang)).toHaveCount(official.length);
      await expect(page.getByText(countText(lang, official.length))).toBeVisible();
      await page.reload();
      await app.ready();
      await expect(option).toBeChecked();
      await expect(app.listLinks(lang)).toHaveCount(official.length);
    });

    test('"What changed" lists the release’s added and changed events, from the footer', async ({
      app,
      page,
    }) => {
      await app.open(`/${lang}`);
      await page
        .getByRole('contentinfo')
        .getByRole('link', { name: msg(lang, 'release.link', { version: release.version }) })
        .click();
      await expect(page).toHaveURL(`/${lang}/releases/${release.version}`);
      await expect(
        page.getByRole('heading', { level: 2, name: msg(lang, 'release.heading') }),
      ).toBeVisible();
      // Added: the events the previous release (kept in data/releases/) did not have.
      const before = new Set(previous.events.map((event) => event.id));
      const added = release.events.filter((event) => !before.has(event.id));
      const list = page.getByRole('region', { name: msg(lang, 'release.addedHeading') });
      await expect(list.getByRole('link')).toHaveCount(added.length);
      await list
        .getByRole('link', {
          name: release.events.find((e) => e.id === 'borrell-visit-astana-2022')?.title[lang],
        })
        .click();
      await expect(page).toHaveURL(`/${lang}/events/borrell-visit-astana-2022`);
    });

    test('a second visit marks the events added or changed since the first, in words', async ({
      app,
      page,
    }) => {
      // A page load and a reload.
      test.slow();
      await app.open(`/${lang}`);
      // First visit: nothing is new yet.
      await expect(
        app.eventList(lang).getByText(msg(lang, 'changes.new'), { exact: true }),
      ).toHaveCount(0);
      // The reader last saw an earlier release; a new session opens the app again.
      await page.evaluate(() => {
        // eslint-disable-next-line no-restricted-syntax -- the test plays an earlier visit
        localStorage.setItem('bilateral-timeline:seen-release', '2026-11-25');
        sessionStorage.clear();
      });
      await page.reload();
      await app.ready();
      const entry = app
        .eventList(lang)
        .getByRole('listitem')
        .filter({
          hasText: release.events.find((e) => e.id === 'borrell-visit-astana-2022')?.title[lang],
        });
      await expect(entry).toContainText(msg(lang, 'changes.new'));
      await expect(entry.getByRole('link')).toHaveAccessibleName(
        new RegExp(msg(lang, 'changes.sinceLastVisit')),
      );
      const changed = app
        .eventList(lang)
        .getByRole('listitem')
        .filter({
          hasText: release.events.find((e) => e.id === 'pca-in-force')?.title[lang],
        });
      await expect(changed).toContainText(msg(lang, 'changes.updated'));
    });

    test('the feeds are served, announced and parse', async ({ page, request }) => {
      await page.goto(`/${lang}/events/epca-signed`);
      const atomHref = await page
        .locator('link[rel="alternate"][type="application/atom+xml"]')
        .getAttribute('href');
      expect(atomHref).toMatch(new RegExp(`/${lang}/feed\\.xml$`));
      const atom = await request.get(`/${lang}/feed.xml`);
      expect(atom.ok()).toBe(true);
      const text = await atom.text();
      // The browser's own XML parser.
      const parsed = await page.evaluate((xml) => {
        const doc = new DOMParser().parseFromString(xml, 'application/xml');
        const entries = [...doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'entry')];
        return {
          error: doc.getElementsByTagName('parsererror').length,
          entries: entries.length,
          link: entries[0]?.getElementsByTagName('link')[0]?.getAttribute('href') ?? '',
        };
      }, text);
      expect(parsed.error).toBe(0);
      expect(parsed.entries).toBeGreaterThan(0);
      expect(parsed.link).toMatch(new RegExp(`/${lang}/events/[a-z0-9-]+$`));

      const calendarPath = lang === 'en' ? '/data/kz-eu.ics' : `/data/kz-eu.${lang}.ics`;
      await expect(
        page.getByRole('contentinfo').getByRole('link', { name: msg(lang, 'feeds.calendar') }),
      ).toHaveAttribute('href', calendarPath);
      const ics = await request.get(calendarPath);
      expect(ics.ok()).toBe(true);
      const calendar = new ICAL.Component(ICAL.parse(await ics.text()) as unknown[]);
      const events = calendar.getAllSubcomponents('vevent');
      expect(events).toHaveLength(total);
      expect(events[0]?.getFirstPropertyValue('uid')).toMatch(/@kz-eu\.bilateral-timeline$/);
      expect(events.every((event) => event.getFirstPropertyValue('sequence') !== null)).toBe(true);
    });

    test('the "What changed" page has no accessibility violations, with an event’s kinds and texts', async ({
      page,
    }) => {
      test.slow();
      await page.goto(`/${lang}/releases/${release.version}`);
      await expect(
        page.getByRole('region', { name: msg(lang, 'release.addedHeading') }),
      ).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`/${lang}/events/epca-signed`);
      await expect(
        page.getByRole('region', { name: msg(lang, 'documents.heading') }),
      ).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });

    test('the footer cites the dataset with its version, date and address', async ({
      app,
      page,
    }) => {
      await app.open(`/${lang}`);
      const cite = page.getByRole('contentinfo').locator('cite');
      await expect(cite).toContainText(release.version);
      await expect(cite).toContainText(new RegExp(`/${lang}$`));
    });
  });
}

test('an unknown release says so and leads to the current one', async ({ page }) => {
  await page.goto('/ru/releases/9.9.9');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(msg('ru', 'release.notFoundTitle'));
  await alert
    .getByRole('link', { name: msg('ru', 'release.current', { current: release.version }) })
    .click();
  await expect(page).toHaveURL(`/ru/releases/${release.version}`);
  await expect(
    page.getByRole('heading', { level: 2, name: msg('ru', 'release.heading') }),
  ).toBeVisible();
});
