/**
 * Dates in the dataset are ISO 8601 with their own precision: `2015`, `2015-12` or `2015-12-21`.
 * The form is the precision; nothing is padded out to look more exact than the source.
 */
export type PartialDate =
  | { precision: 'year'; year: number; month?: undefined; day?: undefined }
  | { precision: 'month'; year: number; month: number; day?: undefined } // month 1–12
  | { precision: 'day'; year: number; month: number; day: number }; // day 1–31

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns undefined for anything else (incl. 2015-02-30). */
export function parsePartialDate(value: string): PartialDate | undefined {
  const match = PATTERN.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, precision: 'day' };
}

/** The first instant the date can mean, in UTC. */
export function startOf(date: PartialDate): Date {
  return new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
}

/** The instant just after the last day the date can mean, in UTC (exclusive end). */
export function endOf(date: PartialDate): Date {
  if (date.precision === 'year') return new Date(Date.UTC(date.year + 1, 0, 1));
  if (date.precision === 'month') return new Date(Date.UTC(date.year, date.month, 1));
  return new Date(Date.UTC(date.year, date.month - 1, date.day + 1));
}

/** Sort key that orders by the earliest instant, then puts coarser dates first. */
export function compareDateStrings(a: string, b: string): number {
  // ISO forms compare lexically in the right order, and `2015` < `2015-12` < `2015-12-21`.
  return a < b ? -1 : a > b ? 1 : 0;
}
