/**
 * The language registry: what the app knows about a language, in one entry (its date and number
 * patterns are in language-formats.ts, kept apart for the dataset worker). Adding a language is an
 * entry here and there (the compiler names any missing piece), `locales/<code>/` and the dataset's
 * texts in it. See docs/architecture.md.
 */
export interface LanguageSpec {
  /** The language's name in itself, for the switcher (never translated). */
  autonym: string;
  /** The same, short, where a phone's header has no room. */
  short: string;
  /** The language's locale (BCP 47), for the plural rules its translations are checked against. */
  intl: string;
  /** `og:locale`. */
  ogLocale: string;
  /** The plural categories its translations need (CLDR), checked in locales.test.ts. */
  plurals: readonly Intl.LDMLPluralRule[];
  /** Registers moment's locale, which vis-timeline's axis uses (English is built in). */
  loadMoment: () => Promise<unknown>;
}

export const LANGUAGE_REGISTRY = {
  kk: {
    autonym: 'Қазақша',
    short: 'Қаз',
    intl: 'kk-KZ',
    ogLocale: 'kk_KZ',
    plurals: ['one', 'other'],
    loadMoment: () => import('moment/dist/locale/kk'),
  },
  en: {
    autonym: 'English',
    short: 'Eng',
    intl: 'en-GB',
    ogLocale: 'en_GB',
    plurals: ['one', 'other'],
    loadMoment: () => Promise.resolve(),
  },
  ru: {
    autonym: 'Русский',
    short: 'Рус',
    intl: 'ru-RU',
    ogLocale: 'ru_RU',
    plurals: ['one', 'few', 'many', 'other'],
    loadMoment: () => import('moment/dist/locale/ru'),
  },
} as const satisfies Record<string, LanguageSpec>;

export type Lang = keyof typeof LANGUAGE_REGISTRY;
export const LANGUAGES = Object.keys(LANGUAGE_REGISTRY) as readonly Lang[] as readonly [
  Lang,
  ...Lang[],
];

export const DEFAULT_LANG: Lang = 'kk';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && Object.hasOwn(LANGUAGE_REGISTRY, value);
}

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
