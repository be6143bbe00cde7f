import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../domain/dataset-schema.ts';
import { toItem } from './timeline-items.ts';

const base: TimelineEvent = {
  id: 'x',
  date: '2025-12-03',
  type: 'high-level-visit',
  status: 'held',
  parties: ['kz'],
  track: 'diplomacy',
  title: { kk: 'Сапар', en: 'Visit', ru: 'Визит' },
  summary: { en: 'S' },
  sources: [{ url: 'https://example.org', publisher: 'X', lang: 'en' }],
};

describe('toItem', () => {
  it('labels the item in the interface language with its real language', () => {
    expect(toItem(base, 'kk')).toMatchObject({
      label: 'Сапар',
      labelLang: 'kk',
      group: 'diplomacy',
    });
    expect(toItem({ ...base, title: { en: 'Visit' } }, 'ru')).toMatchObject({
      label: 'Visit',
      labelLang: 'en',
    });
  });

  it('starts a day event at UTC midnight', () => {
    expect(toItem(base, 'en').start.toISOString()).toBe('2025-12-03T00:00:00.000Z');
  });

  it('draws long events as ranges to the end of their last day', () => {
    const item = toItem({ ...base, date: '2024-01', end: '2024-03' }, 'en');
    expect(item.end?.toISOString()).toBe('2024-04-01T00:00:00.000Z');
    expect(item.className).toContain('multi-day');
  });

  it('keeps a visit of a few days as a box on its first day, marked multi-day', () => {
    const item = toItem({ ...base, end: '2025-12-04' }, 'en');
    expect(item.end).toBeUndefined();
    expect(item.className).toContain('multi-day');
  });

  it('marks type and non-held status in the class names', () => {
    expect(toItem({ ...base, status: 'planned' }, 'en').className.split(' ')).toEqual(
      expect.arrayContaining(['type-high-level-visit', 'status-planned', 'precision-day']),
    );
  });
});
