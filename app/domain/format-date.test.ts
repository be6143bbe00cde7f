import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, formatNumber } from './format-date.ts';

describe('formatDate', () => {
  it('formats each precision in Kazakh with the CLDR pattern', () => {
    expect(formatDate('2015-12-21', 'kk')).toBe('2015 ж. 21 желтоқсан');
    expect(formatDate('2015-12', 'kk')).toBe('2015 ж. желтоқсан');
    expect(formatDate('2015', 'kk')).toBe('2015 ж.');
  });

  it('formats each precision in English', () => {
    expect(formatDate('2015-12-21', 'en')).toBe('21 December 2015');
    expect(formatDate('2015-12', 'en')).toBe('December 2015');
    expect(formatDate('2015', 'en')).toBe('2015');
  });

  it('uses the genitive for days and the nominative for months in Russian', () => {
    expect(formatDate('2015-12-21', 'ru')).toBe('21 декабря 2015 г.');
    expect(formatDate('2015-12', 'ru')).toBe('декабрь 2015 г.');
    expect(formatDate('2015', 'ru')).toBe('2015 г.');
  });

  it('does not shift dates across time zones', () => {
    expect(formatDate('2020-03-01', 'en')).toBe('1 March 2020');
    expect(formatDate('1995-01-01', 'kk')).toBe('1995 ж. 1 қаңтар');
  });

  it('returns an unparsable value unchanged instead of hiding it', () => {
    expect(formatDate('2015-13-01', 'en')).toBe('2015-13-01');
  });
});

describe('formatDateRange', () => {
  it('joins days of one month in each language', () => {
    expect(formatDateRange('2025-12-03', '2025-12-04', 'kk')).toBe('2025 ж. 3–4 желтоқсан');
    // ICU versions differ on spaces around the dash.
    expect(formatDateRange('2025-12-03', '2025-12-04', 'en')).toMatch(/^3\s?–\s?4 December 2025$/);
    expect(formatDateRange('2025-12-03', '2025-12-04', 'ru')).toMatch(
      /^3\s?–\s?4 декабря 2025\sг\.$/,
    );
  });

  it('spans months and years in Kazakh', () => {
    expect(formatDateRange('2025-11-30', '2025-12-02', 'kk')).toBe(
      '2025 ж. 30 қараша – 2 желтоқсан',
    );
    expect(formatDateRange('2024-12-30', '2025-01-02', 'kk')).toBe(
      '2024 ж. 30 желтоқсан – 2025 ж. 2 қаңтар',
    );
  });

  it('shows a single date when there is no end', () => {
    expect(formatDateRange('2015-12-21', undefined, 'ru')).toBe('21 декабря 2015 г.');
  });
});

describe('formatNumber', () => {
  it('groups Kazakh thousands with a no-break space and uses a decimal comma', () => {
    expect(formatNumber(1234567.5, 'kk')).toBe('1\u00a0234\u00a0567,5');
    expect(formatNumber(65, 'kk')).toBe('65');
  });

  it('uses Intl for English and Russian', () => {
    expect(formatNumber(1234567.5, 'en')).toBe('1,234,567.5');
    expect(formatNumber(1234, 'ru')).toBe('1\u00a0234');
  });
});
