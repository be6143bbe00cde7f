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

    test(`from ${lang}: when the ${other} texts cannot be fetched it says so in ${lang}, keeps the page, and Try again opens it in ${other}`, async ({
      app,
      page,
    }) => {
      await app.open(`/${lang}/events/${event.id}?track=epca`);
      await page.route(MESSAGES, (route) => route.abort('internetdisconnected'));
      await switchTo(page, lang, other);
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(
        msg(lang, 'error.languageSwitch', { language: LANGUAGE_REGISTRY[other].autonym }),
      );
      await expect(alert).toContainText(msg(lang, 'error.languageBody'));
      // Nothing is lost: the same page, address, filter and open event, in the language on screen.
      await expect(page).toHaveURL(`/${lang}/events/${event.id}?track=epca`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(app.details(lang).getByRole('heading', { level: 2 })).toHaveText(
        event.title[lang],
      );
      await expect(
        page
          .getByRole('navigation', { name: msg(lang, 'app.languageSwitcher') })
          .getByRole('link', { name: LANGUAGE_REGISTRY[other].autonym }),
      ).not.toHaveAttribute('aria-busy', 'true');
      // Back online: Try again opens the page asked for, without a reload.
      await page.unroute(MESSAGES);
      await alert.getByRole('button', { name: msg(lang, 'error.retry') }).click();
      await expect(app.details(other).getByRole('heading', { level: 2 })).toHaveText(
        event.title[other],
      );
      await expect(page).toHaveURL(`/${other}/events/${event.id}?track=epca`);
      await expect(page.getByRole('alert')).toHaveCount(0);
      await expect(page.locator('html')).toHaveAttribute('lang', other);
    });
  }

  test('after a switch, a switch that fails speaks the language on screen, and the notice can be dismissed', async ({
    app,
    page,
  }) => {
    await app.open(`/kk/events/${event.id}`);
    await switchTo(page, 'kk', 'ru');
    await expect(app.details('ru').getByRole('heading', { level: 2 })).toHaveText(event.title.ru);
    await page.route(MESSAGES, (route) => route.abort('internetdisconnected'));
    await switchTo(page, 'ru', 'en');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(
      msg('ru', 'error.languageSwitch', { language: LANGUAGE_REGISTRY.en.autonym }),
    );
    await alert.getByRole('button', { name: msg('ru', 'notice.dismiss') }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(app.details('ru').getByRole('heading', { level: 2 })).toHaveText(event.title.ru);
  });

  test('a link into a language whose texts cannot be fetched opens an error page in one that is loaded', async ({
    app,
    page,
  }) => {
    await app.open(`/kk/events/${event.id}`);
    await page.route(MESSAGES, (route) => route.abort('internetdisconnected'));
    // Not the switcher: an address typed in the app's history (as Back to a page not yet seen).
    await page.evaluate(() => {
      window.history.pushState({}, '', '/en');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    const alert = page.getByRole('alert');
    await expect(
      alert.getByRole('heading', {
        name: msg('kk', 'error.languageTitle', { language: LANGUAGE_REGISTRY.en.autonym }),
      }),
    ).toBeVisible();
    await expect(
      alert.getByRole('link', { name: msg('kk', 'error.backToTimeline') }),
    ).toHaveAttribute('href', '/kk');
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
