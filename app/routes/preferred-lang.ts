import { DEFAULT_LANG, isLang, pickPreferredLang, type Lang } from '../domain/languages.ts';
import { readPreference } from '../lib/storage.ts';

export const LANG_PREFERENCE_KEY = 'lang';

/** The saved choice, else the browser's preferred one of ours, else Kazakh. */
export function preferredLang(): Lang {
  const saved = readPreference(LANG_PREFERENCE_KEY);
  if (isLang(saved)) return saved;
  const browser = typeof navigator === 'undefined' ? [] : navigator.languages;
  return pickPreferredLang(browser) ?? DEFAULT_LANG;
}
