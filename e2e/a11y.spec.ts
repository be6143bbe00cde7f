import { expect, LANGS, msg, test } from './fixtures/app';
import { axeViolations } from './fixtures/axe';

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
      expect(await axeViolations(page)).toEqual([]);
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
    expect(await axeViolations(page)).toEqual([]);
    await app.listLinks(lang).first().click();
    await expect(app.details(lang).getByRole('heading', { level: 2 })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('the accessibility check finds a violation when there is one', async ({ page }) => {
  // The helper above must not pass vacuously: an image without a text alternative, a button
  // without a name.
  await page.setContent(
    '<!doctype html><html lang="en"><title>t</title><main><img src="data:,"><button></button></main></html>',
  );
  const violations = await axeViolations(page);
  expect(violations.map((v) => v.split(':')[0])).toEqual(
    expect.arrayContaining(['image-alt', 'button-name']),
  );
});
