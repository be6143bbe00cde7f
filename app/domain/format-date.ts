import type { Lang } from './languages.ts';
import { parsePartialDate, type PartialDate } from './partial-date.ts';

/**
 * Dates formatted for their precision in each language.
 *
 * English and Russian use Intl. Kazakh is formatted here because Chromium's ICU data has no
 * Kazakh patterns (it prints `2015 M12 21`); the pattern and month names follow CLDR `kk`:
 * `2015 ж. 21 желтоқсан` (day), `2015 ж. желтоқсан` (month), `2015 ж.` (year).
 */
export const KAZAKH_MONTHS = [
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
] as const;

const INTL_LOCALE = { en: 'en-GB', ru: 'ru-RU' } as const;

const OPTIONS: Record<PartialDate['precision'], Intl.DateTimeFormatOptions> = {
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: 'en' | 'ru', precision: PartialDate['precision']): Intl.DateTimeFormat {
  const key = `${lang}:${precision}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(INTL_LOCALE[lang], OPTIONS[precision]);
    formatters.set(key, cached);
  }
  return cached;
}

const toUtc = (date: PartialDate) =>
  new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));

function kazakh(date: PartialDate, withYear = true): string {
  const year = withYear ? `${date.year} ж.` : '';
  const month = date.month === undefined ? '' : KAZAKH_MONTHS[date.month - 1];
  return [year, date.day, month].filter((part) => part !== undefined && part !== '').join(' ');
}

export function formatPartialDate(date: PartialDate, lang: Lang): string {
  if (lang === 'kk') return kazakh(date);
  // Intl's Russian year-only pattern is a bare number; written Russian says `2015 г.`.
  if (lang === 'ru' && date.precision === 'year') return `${date.year} г.`;
  return formatter(lang, date.precision).format(toUtc(date));
}

/** Formats a dataset date string; an unparsable one is returned as it is rather than hidden. */
export function formatDate(value: string, lang: Lang): string {
  const date = parsePartialDate(value);
  return date ? formatPartialDate(date, lang) : value;
}

/** A date or a range (`3–4 December 2025`, `2025 ж. 3–4 желтоқсан`), each end at its own precision. */
export function formatDateRange(start: string, end: string | undefined, lang: Lang): string {
  const from = parsePartialDate(start);
  const to = end === undefined ? undefined : parsePartialDate(end);
  if (!from) return start;
  if (!to || end === start) return formatPartialDate(from, lang);
  if (lang !== 'kk' && from.precision === to.precision) {
    return formatter(lang, from.precision).formatRange(toUtc(from), toUtc(to));
  }
  if (
    lang === 'kk' &&
    from.precision === 'day' &&
    to.precision === 'day' &&
    from.year === to.year
  ) {
    if (from.month === to.month) return `${from.year} ж. ${from.day}–${kazakh(to, false)}`;
    return `${kazakh(from)} – ${kazakh(to, false)}`;
  }
  return `${formatPartialDate(from, lang)} – ${formatPartialDate(to, lang)}`;
}

// Creating an Intl.NumberFormat costs far more than formatting with one (it was a visible part of
// drawing 800 count labels at 10,000 events), so each is made once, when first needed.
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options ?? {})}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * Numbers in each language. Kazakh by hand for the same reason as dates: CLDR `kk` groups with a
 * no-break space and uses a decimal comma, which Chromium's Intl does not know.
 */
export function formatNumber(value: number, lang: Lang): string {
  if (lang !== 'kk') return numberFormat(INTL_LOCALE[lang]).format(value);
  const plain = numberFormat('en-US', { useGrouping: false, maximumFractionDigits: 3 });
  const [whole = '', fraction] = plain.format(Math.abs(value)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}
