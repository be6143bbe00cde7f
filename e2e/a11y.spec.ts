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
  test(`${lang}: axe finds no violations at 375 px, with filters open and an event open @phone`, async ({
    app,
    page,
  }) => {
    await app.open(`/${lang}/events/visa-readmission-round-2?track=visa-readmission`);
    await page.getByRole('button', { name: new RegExp(`^${msg(lang, 'filters.show')}`) }).click();
    await expect(app.filters(lang)).toBeVisible();
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
