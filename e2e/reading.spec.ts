import { dataset, eventById, expect, LANGS, msg, test } from './fixtures/app';
import { pdfText } from './fixtures/pdf-text';

for (const lang of LANGS) {
  test.describe(`in ${lang}`, () => {
    test('keyboard only: skip to the list, arrows, Enter opens, Escape closes and returns focus', async ({
      app,
      page,
    }) => {
      await app.open(`/${lang}`);
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: msg(lang, 'app.skipToList') });
      await expect(skip).toBeFocused();
      await page.keyboard.press('Enter');
      await page.keyboard.press('ArrowDown');
      const links = app.listLinks(lang);
      await expect(links.nth(0)).toBeFocused();
      await page.keyboard.press('j');
      await expect(links.nth(1)).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('k');
      await expect(links.nth(1)).toBeFocused();
      const second = dataset.events[1];
      if (!second) throw new Error('fixture');
      // The timeline follows the keyboard.
      await expect(
        page.locator('.bt-timeline .vis-item.vis-selected .vis-item-content'),
      ).toContainText(second.title[lang]);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(`/${lang}/events/${second.id}`);
      await expect(app.details(lang).getByRole('heading', { level: 2 })).toHaveText(
        second.title[lang],
      );
      await page.keyboard.press('Escape');
      await expect(page).toHaveURL(`/${lang}`);
      await expect(links.nth(1)).toBeFocused();
    });

    test('the panel links to related events, neighbours in the track, and filters by party', async ({
      app,
      page,
    }) => {
      // Four page loads.
      test.slow();
      await app.open(`/${lang}/events/epca-signed`);
      const panel = app.details(lang);
      const initialled = eventById('epca-initialled');
      await panel.getByRole('link', { name: initialled.title[lang] }).first().click();
      await expect(page).toHaveURL(`/${lang}/events/epca-initialled`);
      await panel
        .getByRole('navigation', { name: msg(lang, 'nav.label') })
        .getByRole('link')
        .last()
        .click();
      await expect(page).not.toHaveURL(`/${lang}/events/epca-initialled`);
      await page.goto(`/${lang}/events/epca-signed`);
      await app.ready();
      const kz = dataset.parties.find((p) => p.id === 'kz');
      await panel.getByRole('link', { name: kz?.name[lang], exact: true }).click();
      await expect(page).toHaveURL(`/${lang}/events/epca-signed?party=kz`);
    });

    test('copy link and cite put the right text on the clipboard and say so', async ({
      app,
      page,
      context,
      baseURL,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await app.open(`/${lang}/events/epca-signed?track=epca`);
      const panel = app.details(lang);
      await panel.getByRole('button', { name: msg(lang, 'share.copyLink') }).click();
      await expect(panel.getByRole('status')).toHaveText(msg(lang, 'share.linkCopied'));
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        `${baseURL ?? ''}/${lang}/events/epca-signed`,
      );
      await panel.getByRole('radio', { name: msg(lang, 'share.withFilters') }).check();
      await panel.getByRole('button', { name: msg(lang, 'share.copyLink') }).click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        `${baseURL ?? ''}/${lang}/events/epca-signed?track=epca`,
      );
      await panel.getByRole('button', { name: msg(lang, 'share.cite') }).click();
      await expect(panel.getByRole('status')).toHaveText(msg(lang, 'share.citationCopied'));
      const citation = await page.evaluate(() => navigator.clipboard.readText());
      expect(citation).toContain(eventById('epca-signed').title[lang]);
      expect(citation).toContain(`${baseURL ?? ''}/${lang}/events/epca-signed`);
      expect(citation).toContain(
        { kk: '2015 ж. 21 желтоқсан', en: '21 December 2015', ru: '21 декабря 2015 г.' }[lang],
      );
    });

    test('printing gives a clean chronology of the filtered set', async ({ app, page }) => {
      await app.open(`/${lang}?track=visa-readmission`);
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('button', { name: msg(lang, 'print.button') })).toBeHidden();
      const text = (await pdfText(await page.pdf({ format: 'A4' }))).replace(/\s+/g, ' ');
      const visa = dataset.events.filter((e) => e.track === 'visa-readmission');
      expect(text).toContain(dataset.title[lang].replace(/\s+/g, ' '));
      for (const event of visa) expect(text).toContain(event.sources[0]?.url.slice(0, 30));
      expect(text).toContain(visa[0]?.title[lang].split(' ').slice(0, 3).join(' '));
      expect(text).not.toContain(msg(lang, 'filters.search.placeholder'));
      const other = dataset.events.find((e) => e.track === 'epca');
      expect(text).not.toContain(other?.title[lang]);
    });

    test('the list alone can replace the timeline, and comes back', async ({ app, page }) => {
      await app.open(`/${lang}`);
      await page
        .getByRole('radiogroup', { name: msg(lang, 'view.label') })
        .getByText(msg(lang, 'view.list'), { exact: true })
        .click();
      await expect(page.getByRole('radio', { name: msg(lang, 'view.list') })).toBeChecked();
      await expect(page).toHaveURL(`/${lang}?view=list`);
      await expect(page.locator('.bt-timeline')).toHaveCount(0);
      await expect(app.listLinks(lang)).toHaveCount(dataset.events.length);
      await page.goBack();
      await expect(page.locator('.bt-timeline')).toHaveCount(1);
    });

    test('@phone the event opens as a full-screen sheet that closes with × and with Back', async ({
      app,
      page,
    }) => {
      await app.open(`/${lang}`);
      await app.listLinks(lang).nth(2).click();
      const panel = app.details(lang);
      await expect(panel.getByRole('heading', { level: 2 })).toBeVisible();
      const box = await panel.boundingBox();
      expect(box?.width).toBeGreaterThanOrEqual(370);
      expect(box?.y).toBeLessThanOrEqual(1);
      await panel.getByRole('link', { name: msg(lang, 'event.close') }).click();
      await expect(page).toHaveURL(`/${lang}`);
      await app.listLinks(lang).nth(3).click();
      await expect(panel.getByRole('heading', { level: 2 })).toBeVisible();
      await page.goBack();
      await expect(page).toHaveURL(`/${lang}`);
      await expect(panel).toBeHidden();
    });
  });
}

test('printed Kazakh keeps its letters', async ({ app, page }) => {
  await app.open('/kk?track=epca');
  await page.emulateMedia({ media: 'print' });
  const text = await pdfText(await page.pdf({ format: 'A4' }));
  expect(text).toMatch(/[әғқңөұүһі]/);
  expect(text).toContain('желтоқсан');
});
