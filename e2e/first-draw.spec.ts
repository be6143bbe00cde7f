import { dataset } from './fixtures/dataset';
import { expect, LANGS, msg, test } from './fixtures/app';

/**
 * The first page draws its timeline before the filters and the list (app/routes/
 * use-timeline-first.ts); they must not wait on a timeline that is slow to come.
 */
for (const lang of LANGS) {
  test(`in ${lang}: the filters and the list come while the timeline's code is still loading, and the timeline after it`, async ({
    app,
    page,
  }) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/assets/timeline-view-*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`/${lang}`);
    const loading = page.getByRole('status').filter({ hasText: msg(lang, 'loading.timeline') });
    await expect(loading).toBeVisible();
    await expect(app.listLinks(lang)).toHaveCount(dataset.events.length);
    await expect(app.filters(lang).getByRole('checkbox').first()).toBeVisible();
    // Still loading: the list did not wait for it.
    await expect(loading).toBeVisible();
    release();
    await app.ready();
    await expect(app.timelineItems().first()).toBeVisible();
    await expect(app.listLinks(lang)).toHaveCount(dataset.events.length);
  });
}
