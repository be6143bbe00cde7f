import { LANGUAGE_REGISTRY } from '../app/domain/languages.ts';
import { eventById, expect, LANGS, msg, test, type Lang } from './fixtures/app';

/**
 * Each language's interface texts are a chunk of their own (app/i18n.ts): a page loads its own,
 * and another when the reader switches to it. A switch must never leave the reader without a page.
 */
const MESSAGES = '**/assets/translation-*.js';
const event = eventById('epca-signed');

async function switchTo(page: import('@playwright/test').Page, from: Lang, to: Lang) {
  await page
    .getByRole('navigation', { name: msg(from, 'app.languageSwitcher') })
    .getByRole('link', { name: LANGUAGE_REGISTRY[to].autonym })
    .click();
}

test.describe('switching language', () => {
  test.use({ allowErrors: true });

  for (const lang of LANGS) {
    const other = LANGS[(LANGS.indexOf(lang) + 1) % LANGS.length] ?? lang;

    test(`from ${lang}: while the new texts are on their way the page stays as it is, then opens in ${other}`, async ({
      app,
      page,
    }) => {
      await app.open(`/${lang}/events/${event.id}`);
      let release: () => void = () => undefined;
      const arrived = new Promise<void>((resolve) => (release = resolve));
      await page.route(MESSAGES, async (route) => {
        await arrived;
        await route.continue();
      });
      await switchTo(page, lang, other);
      // The open event stays readable in the current language meanwhile; the language asked
      // for is marked busy.
      await expect(
        page
          .getByRole('navigation', { name: msg(lang, 'app.languageSwitcher') })
          .getByRole('link', { name: LANGUAGE_REGISTRY[other].autonym }),
      ).toHaveAttribute('aria-busy', 'true');
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(app.details(lang).getByRole('heading', { level: 2 })).toHaveText(
        event.title[lang],
      );
      release();
      await expect(page.locator('html')).toHaveAttribute('lang', other);
      await expect(app.details(other).getByRole('heading', { level: 2 })).toHaveText(
        event.title[other],
      );
      await expect(page).toHaveURL(`/${other}/events/${event.id}`);
    });

    test(`from ${lang}: when the ${other} texts cannot be fetched it says so in ${lang}, and Try again opens the page`, async ({
      app,
      page,
    }) => {
      await app.open(`/${lang}/events/${event.id}`);
      await page.route(MESSAGES, (route) => route.abort('internetdisconnected'));
      await switchTo(page, lang, other);
      const alert = page.getByRole('alert');
      await expect(
        alert.getByRole('heading', {
          name: msg(lang, 'error.languageTitle', { language: LANGUAGE_REGISTRY[other].autonym }),
        }),
      ).toBeVisible();
      await expect(alert).toContainText(msg(lang, 'error.languageBody'));
      await expect(
        alert.getByRole('link', { name: msg(lang, 'error.backToTimeline') }),
      ).toHaveAttribute('href', `/${lang}`);
      // Back online: Try again opens the page asked for, without a reload.
      await page.unroute(MESSAGES);
      await alert.getByRole('button', { name: msg(lang, 'error.retry') }).click();
      await expect(app.details(other).getByRole('heading', { level: 2 })).toHaveText(
        event.title[other],
      );
      await expect(page.getByRole('alert')).toHaveCount(0);
      await expect(page.locator('html')).toHaveAttribute('lang', other);
    });
  }

  test('after a switch, a switch that fails speaks the language on screen', async ({
    app,
    page,
  }) => {
    await app.open(`/kk/events/${event.id}`);
    await switchTo(page, 'kk', 'ru');
    await expect(app.details('ru').getByRole('heading', { level: 2 })).toHaveText(event.title.ru);
    await page.route(MESSAGES, (route) => route.abort('internetdisconnected'));
    await switchTo(page, 'ru', 'en');
    await expect(
      page.getByRole('alert').getByRole('heading', {
        name: msg('ru', 'error.languageTitle', { language: LANGUAGE_REGISTRY.en.autonym }),
      }),
    ).toBeVisible();
  });

  test('a page fetches only its own language’s texts; a switch fetches the next', async ({
    app,
    page,
  }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (/\/assets\/translation-[^/]+\.js$/.test(request.url())) fetched.push(request.url());
    });
    await app.open('/ru');
    expect(fetched).toHaveLength(1);
    await switchTo(page, 'ru', 'en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(fetched).toHaveLength(2);
  });
});
