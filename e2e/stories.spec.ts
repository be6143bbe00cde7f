import { dataset, eventById, expect, LANGS, msg, test, type Lang } from './fixtures/app';
import { axeViolations } from './fixtures/axe';
import { pdfText } from './fixtures/pdf-text';

interface StoryFixture {
  id: string;
  title: Record<Lang, string>;
  summary: Record<Lang, string>;
  steps: { event: string; caption: Record<Lang, string> }[];
}
const stories = (dataset as unknown as { stories: StoryFixture[] }).stories;
const story = (id: string) => {
  const found = stories.find((s) => s.id === id);
  if (!found) throw new Error(`fixture: no story ${id}`);
  return found;
};
const stepUrl = (lang: Lang, id: string, step: number) =>
  step === 1 ? `/${lang}/stories/${id}` : `/${lang}/stories/${id}/${step}`;

for (const lang of LANGS) {
  test.describe(`in ${lang}`, () => {
    test('a story plays from its first step to its last, by buttons and by keys, and Back walks the steps', async ({
      app,
      page,
    }) => {
      test.slow();
      const visas = story('visas');
      const total = visas.steps.length;
      await app.open(`/${lang}/stories/visas`);
      const bar = page.getByRole('region', { name: visas.title[lang] });
      const position = bar.getByRole('status');
      const expectStep = async (step: number) => {
        const current = visas.steps[step - 1];
        if (!current) throw new Error(`fixture: no step ${step}`);
        await expect(page).toHaveURL(stepUrl(lang, 'visas', step));
        await expect(position).toHaveText(msg(lang, 'stories.position', { current: step, total }));
        await expect(bar).toContainText(current.caption[lang]);
        await expect(
          app.details(lang).getByRole('heading', {
            level: 2,
            name: eventById(current.event).title[lang],
          }),
        ).toBeVisible();
      };
      await expectStep(1);
      await expect(bar.getByRole('link', { name: msg(lang, 'stories.previous') })).toHaveCount(0);
      // The step's event is the one selected on the timeline.
      await expect(
        page.locator('.bt-timeline .vis-item.vis-selected .vis-item-content').first(),
      ).toBeInViewport();
      await bar.getByRole('link', { name: msg(lang, 'stories.next') }).click();
      await expectStep(2);
      await bar.getByRole('link', { name: msg(lang, 'stories.next') }).click();
      await expectStep(3);
      await bar.getByRole('link', { name: msg(lang, 'stories.previous') }).click();
      await expectStep(2);
      // → to the end.
      for (let step = 3; step <= total; step++) {
        await page.keyboard.press('ArrowRight');
        await expectStep(step);
      }
      await expect(bar.getByRole('link', { name: msg(lang, 'stories.next') })).toHaveCount(0);
      await page.keyboard.press('ArrowRight');
      await expectStep(total);
      await page.keyboard.press('ArrowLeft');
      await expectStep(total - 1);
      // Back returns to the previous step.
      await page.goBack();
      await expectStep(total);
      await page.goBack();
      await expectStep(total - 1);
    });

    test('a story is listed on the home view, readable as built, and prints as a briefing', async ({
      app,
      page,
      browser,
    }) => {
      const epca = story('epca');
      await app.open(`/${lang}`);
      await page
        .getByRole('region', { name: msg(lang, 'stories.heading') })
        .getByRole('link', { name: epca.title[lang] })
        .click();
      await expect(page).toHaveURL(`/${lang}/stories/epca`);
      await app.ready();
      await page.emulateMedia({ media: 'print' });
      const text = (await pdfText(await page.pdf({ format: 'A4' }))).replace(/\s+/g, ' ');
      expect(text).toContain(epca.title[lang].replace(/\s+/g, ' '));
      for (const step of epca.steps)
        expect(text).toContain(step.caption[lang].split(' ').slice(0, 4).join(' '));
      // Without JavaScript, the built page holds the story and every step.
      const context = await browser.newContext({ javaScriptEnabled: false });
      const bare = await context.newPage();
      await bare.goto(`/${lang}/stories/epca`);
      await expect(bare.getByRole('heading', { level: 2, name: epca.title[lang] })).toBeVisible();
      await expect(bare.getByRole('article').getByRole('listitem')).toHaveCount(epca.steps.length);
      await context.close();
    });

    test('story mode works in the embed view', async ({ app, page }) => {
      const councils = story('cooperation-councils');
      await app.open(`/${lang}/stories/cooperation-councils?embed=1`);
      const bar = page.getByRole('region', { name: councils.title[lang] });
      await bar.getByRole('link', { name: msg(lang, 'stories.next') }).click();
      await expect(page).toHaveURL(`/${lang}/stories/cooperation-councils/2?embed=1`);
      await expect(bar.getByRole('status')).toHaveText(
        msg(lang, 'stories.position', { current: 2, total: councils.steps.length }),
      );
    });

    test('story mode has no accessibility violations on desktop', async ({ app, page }) => {
      test.slow();
      await app.open(`/${lang}/stories/epca/3`);
      expect(await axeViolations(page)).toEqual([]);
    });

    test('story mode has no accessibility violations @phone', async ({ app, page }) => {
      test.slow();
      await app.open(`/${lang}/stories/epca/3`);
      await expect(page.getByRole('region', { name: story('epca').title[lang] })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}

test('an unknown story or step says so', async ({ page }) => {
  await page.goto('/en/stories/no-such-story');
  await expect(page.getByRole('alert')).toContainText(msg('en', 'stories.notFoundTitle'));
  await page.goto('/en/stories/epca/99');
  await expect(page.getByRole('alert')).toContainText(
    msg('en', 'stories.stepNotFound', { step: 99 }),
  );
  await page.getByRole('link', { name: msg('en', 'stories.start') }).click();
  await expect(page).toHaveURL('/en/stories/epca');
});
