import AxeBuilder from '@axe-core/playwright';
import { expect, LANGS, msg, test } from './fixtures/app';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

for (const lang of LANGS) {
  for (const [name, path] of [
    ['home', `/${lang}`],
    ['filtered view', `/${lang}?party=kz,uz&match=all&type=summit&q=Samarkand`],
    ['open event', `/${lang}/events/epca-signed`],
  ] as const) {
    test(`${lang}: axe finds no violations on the ${name}`, async ({ app, page }) => {
      // axe walks the whole page (timeline, list of every event): slow on a small machine.
      test.slow();
      await app.open(path);
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(
        results.violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(' | ')}`,
        ),
      ).toEqual([]);
    });
  }
}

for (const lang of LANGS) {
  test(`${lang}: axe finds no violations at 375 px, with filters open and with an event sheet open @phone`, async ({
    app,
    page,
  }) => {
    test.slow();
    await app.open(`/${lang}?track=visa-readmission`);
    await page.getByRole('button', { name: new RegExp(`^${msg(lang, 'filters.show')}`) }).click();
    await expect(app.filters(lang)).toBeVisible();
    const withFilters = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(
      withFilters.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
      ),
    ).toEqual([]);
    await app.listLinks(lang).first().click();
    await expect(app.details(lang).getByRole('heading', { level: 2 })).toBeVisible();
    const withSheet = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(
      withSheet.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
      ),
    ).toEqual([]);
  });
}
