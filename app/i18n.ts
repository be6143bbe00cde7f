import { createInstance, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en/translation.json';
import kk from '../locales/kk/translation.json';
import ru from '../locales/ru/translation.json';
import { formatDate, formatNumber } from './domain/format-date.ts';
import { LANGUAGES, type Lang } from './domain/languages.ts';

export const resources = {
  kk: { translation: kk },
  en: { translation: en },
  ru: { translation: ru },
} as const;

/**
 * One i18next instance per language, created up front. The route picks the instance for the URL's
 * language, so the language is derived from the URL and never mirrored in mutable global state.
 */
function createI18n(lang: Lang): I18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    lng: lang,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    resources,
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
