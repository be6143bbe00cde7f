/**
 * How each language writes dates and numbers, after CLDR: the app formats them itself rather than
 * with Intl (app/domain/format-date.ts). Chromium's Intl has no Kazakh patterns (it prints
 * `2015 M12 21`), and the first Intl date or number format on a page costs 45–125 ms of loading ICU
 * data on the main thread. Prerendered pages (built in Node, whose ICU spaces ranges differently)
 * read the same. Kept apart from the language registry (languages.ts) so that the dataset worker,
 * which needs the registry but formats nothing, does not carry month names; a language added to
 * the registry without an entry here is a type error.
 */
import type { Lang } from './languages.ts';

export interface LanguageFormats {
  /** How the language writes dates. */
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
}

const LANGUAGE_FORMATS = {
  kk: {
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
  },
  en: {
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
  },
  ru: {
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
  },
} as const satisfies Record<Lang, LanguageFormats>;

export const formatsOf = (lang: Lang): LanguageFormats => LANGUAGE_FORMATS[lang];
