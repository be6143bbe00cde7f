import { language, type Lang } from './languages.ts';
import { parsePartialDate, type PartialDate } from './partial-date.ts';

/**
 * Dates formatted for their precision in each language.
 *
 * Intl, in the language's locale (languages.ts), except where the registry gives the language's
 * own patterns because Chromium's ICU data has none: Kazakh, after CLDR `kk`,
 * `2015 ж. 21 желтоқсан` (day), `2015 ж. желтоқсан` (month), `2015 ж.` (year).
 */
const OPTIONS: Record<PartialDate['precision'], Intl.DateTimeFormatOptions> = {
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, precision: PartialDate['precision']): Intl.DateTimeFormat {
  const key = `${lang}:${precision}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(language(lang).intl, OPTIONS[precision]);
    formatters.set(key, cached);
  }
  return cached;
}

const toUtc = (date: PartialDate) =>
  new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));

type OwnPatterns = NonNullable<ReturnType<typeof language>['own']>;

/** Year first, then day and month: `2015 ж. 21 желтоқсан`. */
function own(patterns: OwnPatterns, date: PartialDate, withYear = true): string {
  const year = withYear ? `${date.year} ${patterns.year}` : '';
  const month = date.month === undefined ? '' : patterns.months[date.month - 1];
  return [year, date.day, month].filter((part) => part !== undefined && part !== '').join(' ');
}

function formatPartialDate(date: PartialDate, lang: Lang): string {
  const spec = language(lang);
  if (spec.own) return own(spec.own, date);
  if (spec.yearOnly && date.precision === 'year') return spec.yearOnly(date.year);
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
  const patterns = language(lang).own;
  if (!patterns && from.precision === to.precision) {
    return formatter(lang, from.precision).formatRange(toUtc(from), toUtc(to));
  }
  if (patterns && from.precision === 'day' && to.precision === 'day' && from.year === to.year) {
    if (from.month === to.month)
      return `${from.year} ${patterns.year} ${from.day}–${own(patterns, to, false)}`;
    return `${own(patterns, from)} – ${own(patterns, to, false)}`;
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
 * Numbers in each language. Where the registry gives the language's own patterns (Kazakh), by
 * hand for the same reason as dates: CLDR `kk` groups with a no-break space and uses a decimal
 * comma, which Chromium's Intl does not know.
 */
export function formatNumber(value: number, lang: Lang): string {
  const patterns = language(lang).own;
  if (!patterns) return numberFormat(language(lang).intl).format(value);
  const plain = numberFormat('en-US', { useGrouping: false, maximumFractionDigits: 3 });
  const [whole = '', fraction] = plain.format(Math.abs(value)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, patterns.group);
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `${patterns.decimal}${fraction}` : ''}`;
}
