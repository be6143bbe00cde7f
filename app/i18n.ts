import { createInstance, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { formatDate, formatNumber } from './domain/format-date.ts';
import { LANGUAGES, type Lang } from './domain/languages.ts';

// Each language's messages, found by path: a language added to the registry needs no line here.
const messages = import.meta.glob<Record<string, unknown>>('../locales/*/translation.json', {
  eager: true,
  import: 'default',
});
const resources = Object.fromEntries(
  LANGUAGES.map((lang) => {
    const translation = messages[`../locales/${lang}/translation.json`];
    if (!translation) throw new Error(`locales/${lang}/translation.json is missing`);
    return [lang, { translation }];
  }),
);

/**
 * One i18next instance per language, created up front. The route picks the instance for the URL's
 * language, so the language is derived from the URL and never mirrored in mutable global state.
 */
export function createI18n(lang: Lang, messages?: Record<string, unknown>): I18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    lng: lang,
    // `messages` replaces the language's own (the pseudo-locale test), with no fallback.
    fallbackLng: messages ? false : 'en',
    supportedLngs: [...LANGUAGES],
    resources: messages ? { [lang]: { translation: messages } } : resources,
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes.
    returnNull: false,
  });
  // Intl has no Kazakh number or date patterns in Chromium; use the project's own formatting.
  instance.services.formatter?.add('number', (value: number, lng) =>
    formatNumber(value, (lng ?? lang) as Lang),
  );
  instance.services.formatter?.add('partialDate', (value: string, lng) =>
    formatDate(value, (lng ?? lang) as Lang),
  );
  return instance;
}

const instances = new Map<Lang, I18n>();
export function i18nFor(lang: Lang): I18n {
  let instance = instances.get(lang);
  if (!instance) {
    instance = createI18n(lang);
    instances.set(lang, instance);
  }
  return instance;
}
