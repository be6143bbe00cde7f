export const LANGUAGES = ['kk', 'en', 'ru'] as const;
export type Lang = (typeof LANGUAGES)[number];

export const DEFAULT_LANG: Lang = 'kk';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Each language's name in itself, for the switcher (never translated). */
export const LANGUAGE_AUTONYMS: Record<Lang, string> = {
  kk: 'Қазақша',
  en: 'English',
  ru: 'Русский',
};

/** The same names, short, where a phone's header has no room for the full ones. */
export const LANGUAGE_SHORT_NAMES: Record<Lang, string> = {
  kk: 'Қаз',
  en: 'Eng',
  ru: 'Рус',
};

/**
 * Picks the first supported language from a browser's preference list
 * (`navigator.languages`), matching on the primary subtag: `ru-KZ` → `ru`.
 */
export function pickPreferredLang(preferences: readonly string[]): Lang | undefined {
  for (const tag of preferences) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (isLang(primary)) return primary;
  }
  return undefined;
}
