import type { Page } from '@playwright/test';
import { axeViolations } from './fixtures/axe';
import Ajv2020 from 'ajv/dist/2020.js';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { parseDataset, type Dataset } from '../app/domain/dataset.ts';
import { localize } from '../app/domain/localize.ts';
import { compareDateStrings } from '../app/domain/partial-date.ts';
import { hostileDatasetJson } from '../app/domain/testing/hostile-dataset.ts';
import {
  dataset,
  expect,
  LANGS,
  msg,
  optionName,
  test,
  type AppPage,
  type Lang,
} from './fixtures/app';

/** Parsed the way the app parses it, for the texts the files must hold (trimmed, validated). */
function parsed(json: unknown): Dataset {
  const result = parseDataset(json);
  if (!result.ok) throw new Error('dataset did not parse');
  return result.dataset;
}
const shipped = parsed(dataset);
const schema = JSON.parse(readFileSync('public/data/dataset.schema.json', 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

/** What a browser writes for a JS string: UTF-8, lone surrogates replaced. */
const wellFormed = (text: string) => text.replace(/[\ud800-\udfff]/gu, '\ufffd');
const neutralized = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/** The ids of the events the list shows, in order. */
const visibleIds = (page: Page) =>
  page
    .locator('#event-list li[data-event-id]')
    .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.eventId ?? ''));

async function exportFile(app: AppPage, lang: Lang, format: 'csv' | 'json' | 'ics') {
  const { page } = app;
  await page.getByRole('button', { name: msg(lang, 'export.button'), exact: true }).click();
  const menu = page.getByRole('group', { name: msg(lang, 'export.menuLabel') });
  await expect(menu).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('button', { name: msg(lang, `export.${format}`) }).click(),
  ]);
  const name = download.suggestedFilename();
  expect(name).toMatch(new RegExp(`^kz-eu_${lang}_\\d{4}-\\d{2}-\\d{2}\\.${format}$`));
  await expect(page.getByRole('status').filter({ hasText: name })).toHaveText(
    msg(lang, 'export.done', { name }),
  );
  await expect(menu).toBeHidden();
  return { name, text: readFileSync(await download.path(), 'utf8') };
}

/** Checks all three files against the list the page shows. */
async function exportAndCompare(app: AppPage, lang: Lang, model: Dataset) {
  const ids = await visibleIds(app.page);
  expect(ids.length).toBeGreaterThan(0);
  const events = ids.map((id) => {
    const event = model.eventsById.get(id);
    if (!event) throw new Error(`unknown id ${id}`);
    return event;
  });
  const titles = events.map((event) => wellFormed(localize(event.title, lang).text));

  const csv = await exportFile(app, lang, 'csv');
  expect(csv.text.startsWith('\ufeff')).toBe(true);
  const rows = Papa.parse<string[]>(csv.text.slice(1), { skipEmptyLines: true });
  expect(rows.errors).toEqual([]);
  const [header, ...body] = rows.data;
  expect(header?.slice(0, 5)).toEqual(
    ['id', 'date', 'end', 'dateText', 'title'].map((c) => msg(lang, `export.columns.${c}`)),
  );
  expect(body.map((row) => row[0])).toEqual(ids);
  expect(body.map((row) => row[4])).toEqual(titles.map(neutralized));
  const linkColumn = header?.indexOf(msg(lang, 'export.columns.link')) ?? -1;
  expect(body[0]?.[linkColumn]).toMatch(new RegExp(`/${lang}/events/${ids[0] ?? ''}$`));

  const json = JSON.parse((await exportFile(app, lang, 'json')).text) as unknown;
  const subset = parseDataset(json);
  expect(subset.ok && subset.problems).toEqual([]);
  expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  expect((json as { events: { id: string }[] }).events.map((event) => event.id)).toEqual(ids);
  if (subset.ok)
    expect(subset.dataset.events.map((event) => [event.id, event.title])).toEqual(
      [...events]
        // The file is in date order as the app sorts it: a month before the days in it.
        .sort((a, b) => compareDateStrings(a.date, b.date) || compareDateStrings(a.id, b.id))
        .map((event) => [event.id, event.title]),
    );

  const ics = await exportFile(app, lang, 'ics');
  const calendar = ICAL.Component.fromString(ics.text);
  const vevents = calendar.getAllSubcomponents('vevent');
  expect(vevents.map((vevent) => String(vevent.getFirstPropertyValue('uid')))).toEqual(
    ids.map((id) => `${id}@kz-eu.bilateral-timeline`),
  );
  expect(vevents.map((vevent) => vevent.getFirstPropertyValue('summary'))).toEqual(titles);
  expect(
    vevents.every((vevent) => (vevent.getFirstPropertyValue('dtstart') as ICAL.Time).isDate),
  ).toBe(true);
  expect(String(vevents[0]?.getFirstPropertyValue('url'))).toMatch(
    new RegExp(`/${lang}/events/${ids[0] ?? ''}$`),
  );
}

for (const lang of LANGS) {
  test.describe(lang, () => {
    test('exports the filtered list as CSV, JSON and ICS that parse back to the same events', async ({
      app,
      page,
    }) => {
      await app.open(`/${lang}`);
      const track = dataset.tracks.find((t) => t.id === 'epca');
      await app
        .filters(lang)
        .getByRole('checkbox', { name: optionName(track?.name[lang] ?? '') })
        .check();
      await expect(page).toHaveURL(/track=epca/);
      await exportAndCompare(app, lang, shipped);
    });

    test('exports hostile text faithfully, with spreadsheet formulas neutralised', async ({
      app,
      page,
    }) => {
      // Three exports of the whole dataset with hostile text: slow on a busy machine.
      test.slow();
      const json = hostileDatasetJson();
      await page.route('**/data/kz-eu.json', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(json) }),
      );
      await app.open(`/${lang}`);
      await app
        .filters(lang)
        .getByRole('checkbox', { name: optionName(msg(lang, 'types.other')) })
        .check();
      await expect(page).toHaveURL(/type=other/);
      await exportAndCompare(app, lang, parsed(json));
      expect(
        await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
      ).toBeUndefined();
    });
  });
}

test('the export menu closes with Escape (leaving the open event open), keeps focus, and axe finds nothing', async ({
  app,
  page,
}) => {
  // axe over the whole page is slow on a busy machine.
  test.slow();
  await app.open('/en/events/pca-signed?track=pca');
  const button = page.getByRole('button', { name: msg('en', 'export.button'), exact: true });
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('group', { name: msg('en', 'export.menuLabel') })).toBeHidden();
  await expect(button).toBeFocused();
  await expect(page).toHaveURL('/en/events/pca-signed?track=pca');
  await expect(app.details('en').getByRole('heading', { level: 2 })).toBeVisible();
});

for (const lang of LANGS) {
  test(`${lang}: the open export menu fits a phone screen @phone`, async ({ app, page }) => {
    await app.open(`/${lang}?track=epca`);
    // On a phone, Export is in the toolbar's "More" menu.
    await page.getByRole('button', { name: msg(lang, 'timeline.more') }).click();
    await page.getByRole('button', { name: msg(lang, 'export.button'), exact: true }).click();
    const menu = page.getByRole('group', { name: msg(lang, 'export.menuLabel') });
    await expect(menu).toBeVisible();
    const box = await menu.boundingBox();
    expect(box?.x).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(375);
    expect(await app.horizontalOverflow()).toBeLessThanOrEqual(0);
  });
}

test.describe('share', () => {
  for (const lang of LANGS) {
    test(`${lang}: Share hands the chosen link to the system share sheet`, async ({
      app,
      page,
      baseURL,
    }) => {
      // Chromium on Linux has no share sheet; stand one in that records what it was given.
      await page.addInitScript(() => {
        const calls: ShareData[] = [];
        (window as unknown as { __shared: ShareData[] }).__shared = calls;
        Object.defineProperty(Navigator.prototype, 'share', {
          configurable: true,
          value: (data: ShareData) => {
            calls.push(data);
            return Promise.resolve();
          },
        });
      });
      await app.open(`/${lang}/events/epca-signed?track=epca`);
      const panel = app.details(lang);
      const shared = () =>
        page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared);
      await expect(panel.getByRole('radio', { name: msg(lang, 'share.clean') })).toBeChecked();
      await panel.getByRole('button', { name: msg(lang, 'share.share') }).click();
      await panel.getByRole('radio', { name: msg(lang, 'share.withFilters') }).check();
      await panel.getByRole('button', { name: msg(lang, 'share.share') }).click();
      const title = dataset.events.find((e) => e.id === 'epca-signed')?.title[lang];
      expect(await shared()).toEqual([
        { title, url: `${baseURL ?? ''}/${lang}/events/epca-signed` },
        { title, url: `${baseURL ?? ''}/${lang}/events/epca-signed?track=epca` },
      ]);
    });
  }

  test('there is no Share button where the browser has no share sheet', async ({ app, page }) => {
    await page.addInitScript(() => {
      delete (Navigator.prototype as { share?: unknown }).share;
    });
    await app.open('/en/events/epca-signed');
    const panel = app.details('en');
    await expect(panel.getByRole('button', { name: msg('en', 'share.copyLink') })).toBeVisible();
    await expect(panel.getByRole('button', { name: msg('en', 'share.share') })).toHaveCount(0);
    // No filters, so no choice of link either.
    await expect(panel.getByRole('radio')).toHaveCount(0);
  });
});
