import { formatsOf, type LanguageFormats } from './language-formats.ts';
import type { Lang } from './languages.ts';
import { parsePartialDate, type PartialDate } from './partial-date.ts';

/**
 * Dates formatted for their precision in each language, from the registry's patterns
 * (language-formats.ts: CLDR's, written out, not Intl's, for the reasons given there):
 * `2015 ж. 21 желтоқсан`, `21 December 2015`, `21 декабря 2015 г.` (day), `декабрь 2015 г.`
 * (month), `2015 ж.` (year).
 */
type DatePatterns = LanguageFormats['dates'];

/** The day and month, or the month alone: `21 декабря`, `декабрь`. */
function dayMonth(patterns: DatePatterns, date: PartialDate): string {
  if (date.month === undefined) return '';
  const months =
    date.day === undefined ? patterns.months : (patterns.monthsAfterDay ?? patterns.months);
  const month = months[date.month - 1] ?? String(date.month);
  return date.day === undefined ? month : `${date.day} ${month}`;
}

function formatPartialDate(date: PartialDate, lang: Lang): string {
  const patterns = formatsOf(lang).dates;
  return patterns.withYear(date.year, dayMonth(patterns, date));
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
  const patterns = formatsOf(lang).dates;
  // Both ends in one year, at one precision.
  const oneYear = from.year === to.year && from.precision === to.precision;
  if (oneYear && from.precision === 'day' && from.month === to.month) {
    // `3–4 December 2025`: the month and year once.
    return patterns.withYear(from.year, `${from.day}${patterns.dayDash}${dayMonth(patterns, to)}`);
  }
  if (
    oneYear &&
    (from.precision === 'day' || (from.precision === 'month' && patterns.monthsShareYear))
  )
    return patterns.withYear(from.year, `${dayMonth(patterns, from)} – ${dayMonth(patterns, to)}`);
  if (from.precision === 'year' && to.precision === 'year' && patterns.yearRange)
    return patterns.yearRange(from.year, to.year);
  return `${formatPartialDate(from, lang)} – ${formatPartialDate(to, lang)}`;
}

/**
 * Numbers in each language, grouped and with the decimal sign of language-formats.ts (`1,234.5`,
 * `1 234,5`), at most three decimals as Intl would give them.
 */
export function formatNumber(value: number, lang: Lang): string {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e15) return String(value);
  const { group, decimal } = formatsOf(lang).numbers;
  const rounded = Math.round(Math.abs(value) * 1000) / 1000;
  const [whole = '', fraction] = String(rounded).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${value < 0 && rounded > 0 ? '-' : ''}${grouped}${fraction ? `${decimal}${fraction}` : ''}`;
}
