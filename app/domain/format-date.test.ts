import { describe, expect, it, vi } from 'vitest';
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
    expect(formatDateRange('2025-12-03', '2025-12-04', 'en')).toBe('3 – 4 December 2025');
    expect(formatDateRange('2025-12-03', '2025-12-04', 'ru')).toBe('3–4 декабря 2025 г.');
  });

  // What Chromium's Intl printed for English and Russian before the app wrote the patterns out.
  it('spans months and years in English and Russian as Chromium’s Intl did', () => {
    const cases: [string, string, string, string][] = [
      [
        '2025-11-30',
        '2025-12-02',
        '30 November – 2 December 2025',
        '30 ноября – 2 декабря 2025 г.',
      ],
      [
        '2025-12-30',
        '2026-01-02',
        '30 December 2025 – 2 January 2026',
        '30 декабря 2025 г. – 2 января 2026 г.',
      ],
      ['2025-11', '2025-12', 'November – December 2025', 'ноябрь 2025 г. – декабрь 2025 г.'],
      ['2025-11', '2026-02', 'November 2025 – February 2026', 'ноябрь 2025 г. – февраль 2026 г.'],
      ['2015', '2016', '2015 – 2016', '2015–2016'],
      ['2015-05', '2015-06-02', 'May 2015 – 2 June 2015', 'май 2015 г. – 2 июня 2015 г.'],
    ];
    for (const [start, end, en, ru] of cases) {
      expect(formatDateRange(start, end, 'en')).toBe(en);
      expect(formatDateRange(start, end, 'ru')).toBe(ru);
    }
  });

  it('shows one date when both ends are the same', () => {
    expect(formatDateRange('2025-12-03', '2025-12-03', 'en')).toBe('3 December 2025');
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

  it('groups English and Russian as their locales do, with at most three decimals', () => {
    expect(formatNumber(1234567.5678, 'en')).toBe('1,234,567.568');
    expect(formatNumber(-12345, 'en')).toBe('-12,345');
    expect(formatNumber(1234, 'ru')).toBe('1\u00a0234');
    expect(formatNumber(1234567.5678, 'ru')).toBe('1\u00a0234\u00a0567,568');
    expect(formatNumber(0, 'ru')).toBe('0');
    expect(formatNumber(999, 'en')).toBe('999');
  });
});

describe('without Intl', () => {
  // The first Intl date or number format on a page loads ICU data: 50–120 ms of main thread.
  it('formats dates, ranges and numbers without creating an Intl format', () => {
    const dates = vi.spyOn(Intl, 'DateTimeFormat');
    const numbers = vi.spyOn(Intl, 'NumberFormat');
    for (const lang of ['kk', 'en', 'ru'] as const) {
      formatDate('2015-12-21', lang);
      formatDateRange('2025-11', '2025-12', lang);
      formatNumber(1234.5, lang);
    }
    expect(dates).not.toHaveBeenCalled();
    expect(numbers).not.toHaveBeenCalled();
    dates.mockRestore();
    numbers.mockRestore();
  });
});
