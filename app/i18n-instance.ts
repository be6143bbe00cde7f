import { createInstance, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { formatDate, formatNumber } from './domain/format-date.ts';
import { LANGUAGES, type Lang } from './domain/languages.ts';

/**
 * An i18next instance for one language with its messages, and the project's own number and date
 * formats. Apart from app/i18n.ts (which finds the messages with Vite), so that scripts run
 * without Vite (og-images.ts) can make one from the files. Every language has every key
 * (locales.test.ts), so no fallback language is loaded as well.
 */
export function makeI18n(lang: Lang, messages: Record<string, unknown>): I18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    lng: lang,
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    resources: { [lang]: { translation: messages } },
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
