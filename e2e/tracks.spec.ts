import { dataset, expect, LANGS, msg, plural, test } from './fixtures/app';
import { axeViolations } from './fixtures/axe';

const track = (id: string) => {
  const found = dataset.tracks.find((t) => t.id === id);
  if (!found) throw new Error(`fixture: no track ${id}`);
  return found;
};
const eventsOf = (id: string) => dataset.events.filter((event) => event.track === id);

for (const lang of LANGS) {
  test.describe(`in ${lang}`, () => {
    test('a track page is readable as built, before any script runs', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`/${lang}/tracks/epca`);
      await expect(
        page.getByRole('heading', { level: 2, name: track('epca').name[lang] }),
      ).toBeVisible();
      const stands = page.getByRole('region', { name: msg(lang, 'tracks.stands') });
      await expect(stands).toContainText(msg(lang, 'stages.entry-into-force'));
      await expect(stands).toContainText(msg(lang, 'tracks.noNextStep'));
      const events = page
        .getByRole('region', { name: msg(lang, 'tracks.events') })
        .getByRole('link');
      await expect(events).toHaveCount(eventsOf('epca').length);
      await expect(events.first()).toHaveText(eventsOf('epca')[0]?.title[lang] ?? '');
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
        'href',
        new RegExp(`/${lang}/tracks/epca$`),
      );
      await context.close();
    });

    test('a track page shows where the process stands, its stages, events and chart, and leads to the timeline', async ({
      app,
      page,
    }) => {
      await page.goto(`/${lang}/tracks/visa-readmission`);
      const name = track('visa-readmission').name[lang];
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
      await expect(page).toHaveTitle(new RegExp(`^${name} · `));
      const stands = page.getByRole('region', { name: msg(lang, 'tracks.stands') });
      await expect(stands).toContainText(msg(lang, 'stages.negotiation-round'));
      await expect(stands).toContainText(msg(lang, 'tracks.noNextStep'));
      // The process line: the stage reached is current, the rest of the way ahead.
      const process = page.getByRole('region', { name: msg(lang, 'tracks.process') });
      await expect(process.locator('li[aria-current="step"]')).toContainText(
        msg(lang, 'stages.negotiation-round'),
      );
      await expect(process).toContainText(msg(lang, 'tracks.state.ahead'));
      const visa = eventsOf('visa-readmission');
      const events = page
        .getByRole('region', { name: msg(lang, 'tracks.events') })
        .getByRole('link');
      await expect(events).toHaveCount(visa.length);
      await expect(events.last()).toHaveText(visa.at(-1)?.title[lang] ?? '');
      // The chart is drawn, with its numbers as a table.
      const years = page.getByRole('region', { name: msg(lang, 'tracks.perYear') });
      await expect(years.locator('svg[data-chart] rect')).not.toHaveCount(0);
      await expect(years.getByRole('table')).toBeAttached();
      await page.getByRole('link', { name: msg(lang, 'tracks.showOnTimeline') }).click();
      await expect(page).toHaveURL(`/${lang}?track=visa-readmission`);
      await app.ready();
      await expect(app.listLinks(lang)).toHaveCount(visa.length);
    });

    test('the home view sums up where things stand', async ({ app, page }) => {
      await app.open(`/${lang}`);
      const summary = page.getByRole('region', { name: msg(lang, 'tracks.summary') });
      const visa = summary.getByRole('listitem').filter({
        has: page.getByRole('link', { name: track('visa-readmission').name[lang] }),
      });
      await expect(visa).toContainText(msg(lang, 'stages.negotiation-round'));
      await expect(summary).toContainText(msg(lang, 'tracks.noUpcoming'));
      await visa.getByRole('link').click();
      await expect(page).toHaveURL(`/${lang}/tracks/visa-readmission`);
    });

    test("an event's panel leads to its track, and the language switch keeps the track", async ({
      app,
      page,
    }) => {
      await app.open(`/${lang}/events/epca-signed`);
      await app
        .details(lang)
        .getByRole('link', { name: track('epca').name[lang], exact: true })
        .click();
      await expect(page).toHaveURL(`/${lang}/tracks/epca`);
      await expect(
        page.getByRole('heading', { level: 2, name: track('epca').name[lang] }),
      ).toBeVisible();
      const other = LANGS.find((code) => code !== lang) ?? 'en';
      await page
        .getByRole('navigation', { name: msg(lang, 'app.languageSwitcher') })
        .locator(`a[hreflang="${other}"]`)
        .click();
      await expect(page).toHaveURL(`/${other}/tracks/epca`);
      await expect(
        page.getByRole('heading', { level: 2, name: track('epca').name[other] }),
      ).toBeVisible();
    });

    test("a lane's name on the timeline opens its track's page", async ({ app, page }) => {
      await app.open(`/${lang}`);
      const lane = page.locator('.bt-timeline a.bt-group-link[data-track="epca"]');
      await expect(lane).toHaveText(track('epca').name[lang]);
      await expect(lane).toHaveAttribute('href', `/${lang}/tracks/epca`);
      await lane.click();
      await expect(page).toHaveURL(`/${lang}/tracks/epca`);
      await expect(
        page.getByRole('heading', { level: 2, name: track('epca').name[lang] }),
      ).toBeVisible();
    });

    test('a track in the filters links to its page', async ({ app, page }) => {
      await app.open(`/${lang}`);
      await app
        .filters(lang)
        .getByRole('link', { name: msg(lang, 'tracks.pageOf', { track: track('pca').name[lang] }) })
        .click();
      await expect(page).toHaveURL(`/${lang}/tracks/pca`);
      // The PCA's latest stage: the 2007 protocol that extended it to textiles.
      await expect(page.getByRole('region', { name: msg(lang, 'tracks.stands') })).toContainText(
        msg(lang, 'stages.review'),
      );
    });

    test('a track page has no accessibility violations @phone', async ({ page }) => {
      test.slow();
      await page.goto(`/${lang}/tracks/epca`);
      await expect(page.getByRole('region', { name: msg(lang, 'tracks.process') })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });

    test('a track page has no accessibility violations on desktop', async ({ page }) => {
      test.slow();
      await page.goto(`/${lang}/tracks/epca`);
      await expect(page.getByRole('region', { name: msg(lang, 'tracks.process') })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}

test('an unknown track says so and leads back to the timeline', async ({ page }) => {
  await page.goto('/en/tracks/no-such-track');
  await expect(page.getByRole('alert')).toContainText(msg('en', 'tracks.notFoundTitle'));
  await page.getByRole('link', { name: msg('en', 'error.backToTimeline') }).click();
  await expect(page).toHaveURL('/en');
});

test('a track page counts its events in words', async ({ page }) => {
  await page.goto('/ru/tracks/epca');
  await expect(
    page.getByText(plural('ru', 'tracks.eventCount', eventsOf('epca').length)),
  ).toBeVisible();
});
