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
  /** The language's locale (BCP 47), for the plural rules its translations are checked against. */
  intl: string;
  /**
   * How the language writes dates, after CLDR. The app formats dates and numbers itself rather
   * than with Intl: Chromium's Intl has no Kazakh patterns (it prints `2015 M12 21`), and the first
   * Intl date or number format on a page costs 50–120 ms of loading ICU data on the main thread.
   * Prerendered pages (built in Node, whose ICU spaces ranges differently) read the same.
   */
  dates: {
    /** Month names alone: `December`, `декабрь`. */
    months: readonly string[];
    /** Month names after a day, where the language inflects them: `21 декабря`. */
    monthsAfterDay?: readonly string[];
    /** The year put to a day and month, a month or nothing: `2015 ж. 21 желтоқсан`, `21 December 2015`. */
    withYear: (year: number, rest: string) => string;
    /** Between the days of one month: `3–4`, `3 – 4`. */
    dayDash: string;
    /** Months of one year share it: `November – December 2025`, not the year twice. */
    monthsShareYear?: boolean;
    /** A range of years, where it is not each year in full: `2015 – 2016`. */
    yearRange?: (from: number, to: number) => string;
  };
  /** Thousands separator and decimal sign. */
  numbers: { group: string; decimal: string };
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
    dates: {
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
      withYear: (year, rest) => `${year} ж.${rest ? ` ${rest}` : ''}`,
      dayDash: '–',
    },
    numbers: { group: '\u00a0', decimal: ',' },
    ogLocale: 'kk_KZ',
    plurals: ['one', 'other'],
    loadMoment: () => import('moment/dist/locale/kk'),
  },
  en: {
    autonym: 'English',
    short: 'Eng',
    intl: 'en-GB',
    dates: {
      months: [
        'January',
        'February',
        'March',
        'April',
        'May',
        'June',
        'July',
        'August',
        'September',
        'October',
        'November',
        'December',
      ],
      withYear: (year, rest) => (rest ? `${rest} ${year}` : String(year)),
      dayDash: ' – ',
      monthsShareYear: true,
      yearRange: (from, to) => `${from} – ${to}`,
    },
    numbers: { group: ',', decimal: '.' },
    ogLocale: 'en_GB',
    plurals: ['one', 'other'],
    loadMoment: () => Promise.resolve(),
  },
  ru: {
    autonym: 'Русский',
    short: 'Рус',
    intl: 'ru-RU',
    dates: {
      months: [
        'январь',
        'февраль',
        'март',
        'апрель',
        'май',
        'июнь',
        'июль',
        'август',
        'сентябрь',
        'октябрь',
        'ноябрь',
        'декабрь',
      ],
      monthsAfterDay: [
        'января',
        'февраля',
        'марта',
        'апреля',
        'мая',
        'июня',
        'июля',
        'августа',
        'сентября',
        'октября',
        'ноября',
        'декабря',
      ],
      withYear: (year, rest) => `${rest ? `${rest} ` : ''}${year} г.`,
      dayDash: '–',
      yearRange: (from, to) => `${from}–${to}`,
    },
    numbers: { group: '\u00a0', decimal: ',' },
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
