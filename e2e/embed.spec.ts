import { dataset, eventById, expect, LANGS, msg, test, type Lang } from './fixtures/app';
import { axeViolations } from './fixtures/axe';

const openName = (lang: Lang) =>
  new RegExp(`^${msg(lang, 'embed.open', { name: msg(lang, 'app.name') })}`);

for (const lang of LANGS) {
  test.describe(lang, () => {
    test('?embed=1 shows a minimal view whose deep links, list and panel still work', async ({
      app,
      page,
    }) => {
      await app.open(`/${lang}/events/epca-signed?track=epca&embed=1`);
      // Minimal: a title and a link to the full app; no language switcher, filters, search or footer.
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.title[lang]);
      await expect(
        page.getByRole('navigation', { name: msg(lang, 'app.languageSwitcher') }),
      ).toHaveCount(0);
      await expect(app.filters(lang)).toHaveCount(0);
      await expect(page.getByRole('searchbox')).toHaveCount(0);
      await expect(page.getByRole('contentinfo')).toHaveCount(0);
      await expect(page.getByRole('button', { name: msg(lang, 'export.button') })).toHaveCount(0);

      const full = page.getByRole('link', { name: openName(lang) });
      await expect(full).toHaveAttribute('href', `/${lang}/events/epca-signed?track=epca`);
      await expect(full).toHaveAttribute('target', '_blank');

      // The deep link opened the event; the timeline and the list are there.
      const heading = app.details(lang).getByRole('heading', { level: 2 });
      await expect(heading).toHaveText(eventById('epca-signed').title[lang]);
      await expect(page.locator('.bt-timeline')).toBeVisible();

      // Choosing another event stays in the embed.
      const other = dataset.events.find((e) => e.track === 'epca' && e.id !== 'epca-signed');
      if (!other) throw new Error('no second epca event');
      await app.eventList(lang).getByRole('link', { name: other.title[lang] }).click();
      await expect(page).toHaveURL(`/${lang}/events/${other.id}?track=epca&embed=1`);
      await expect(heading).toHaveText(other.title[lang]);
      await expect(full).toHaveAttribute('href', `/${lang}/events/${other.id}?track=epca`);

      // So does filtering by a party from the panel, and closing the panel.
      const party = dataset.parties.find((p) => p.id === other.parties[0]);
      if (!party) throw new Error('no party of the second epca event');
      await app.details(lang).getByRole('link', { name: party.name[lang], exact: true }).click();
      await expect(page).toHaveURL(`/${lang}/events/${other.id}?party=${party.id}&embed=1`);
      await app
        .details(lang)
        .getByRole('link', { name: msg(lang, 'event.close') })
        .click();
      await expect(page).toHaveURL(`/${lang}?party=${party.id}&embed=1`);

      expect(await axeViolations(page)).toEqual([]);
    });

    test('the embed fits a phone screen, with an event open @phone', async ({ app, page }) => {
      await app.open(`/${lang}?embed=1`);
      expect(await app.horizontalOverflow()).toBeLessThanOrEqual(0);
      await app.listLinks(lang).first().click();
      await expect(app.details(lang).getByRole('heading', { level: 2 })).toBeVisible();
      await expect(page).toHaveURL(/embed=1$/);
      expect(await app.horizontalOverflow()).toBeLessThanOrEqual(0);
    });
  });
}

test('works inside an iframe on another page', async ({ context, baseURL }) => {
  // A page of its own: the test's page is reused from the test before (playwright.config.ts),
  // and Chromium does not load a frame into a blank page that was left that way.
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.setContent(
    `<iframe title="timeline" src="${baseURL ?? ''}/ru/events/epca-signed?embed=1" width="900" height="700"></iframe>`,
  );
  const frame = page.frameLocator('iframe');
  const panel = frame.getByRole('complementary', { name: msg('ru', 'event.panelLabel') });
  const list = frame.getByRole('region', { name: msg('ru', 'list.heading'), exact: true });
  await expect(frame.locator('.bt-timeline[aria-busy="false"]')).toBeVisible();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
    eventById('epca-signed').title.ru,
  );
  const next = dataset.events.find((e) => e.id === 'pca-signed');
  await list.getByRole('link', { name: next?.title.ru }).click();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(next?.title.ru ?? '');
  expect(page.frames()[1]?.url()).toBe(`${baseURL ?? ''}/ru/events/pca-signed?embed=1`);
  expect(problems).toEqual([]);
});
