/**
 * The language registry: everything the app knows about a language, in one entry. Adding a
 * language is an entry here (the compiler names any missing piece), `locales/<code>/` and the
 * dataset's texts in it. See docs/architecture.md.
 */
export interface LanguageSpec {
  /** The language's name in itself, for the switcher (never translated). */
  autonym: string;
  /** The same, short, where a phone's header has no room. */
  short: string;
  /** The locale Intl formats dates and numbers with. */
  intl: string;
  /**
   * Where Chromium's Intl has no patterns for the language (it prints `2015 M12 21` for Kazakh),
   * the app formats dates and numbers itself, from CLDR's patterns: month names (in the form a
   * date with a day uses), the year's mark, the thousands separator and the decimal sign.
   */
  own?: { months: readonly string[]; year: string; group: string; decimal: string };
  /** Intl's year-only date where written usage differs (`2015` → `2015 г.`). */
  yearOnly?: (year: number) => string;
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
    own: {
      months: [
        'қаңтар',
        'ақпан',
        'наурыз',
        'сәуір',
        'мамыр',
        'маусым',
        'шілде',
        'тамыз',
        'қыркүйек',
        'қазан',
        'қараша',
        'желтоқсан',
      ],
      year: 'ж.',
      group: '\u00a0',
      decimal: ',',
    },
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
    yearOnly: (year) => `${year} г.`,
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

export const language = (lang: Lang): LanguageSpec => LANGUAGE_REGISTRY[lang];

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
