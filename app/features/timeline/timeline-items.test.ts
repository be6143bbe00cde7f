import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../domain/dataset-schema.ts';
import { buildEras, buildLanes, toItem } from './timeline-items.ts';

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
    expect(toItem(base, 'kk', 'diplomacy')).toMatchObject({
      label: 'Сапар',
      labelLang: 'kk',
      group: 'diplomacy',
      eventId: 'x',
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

describe('buildLanes', () => {
  const dataset = {
    parties: [
      { id: 'kz', kind: 'state', name: { en: 'Kazakhstan' } },
      { id: 'eu', kind: 'organization', name: { en: 'EU' } },
      { id: 'uz', kind: 'state', name: { en: 'Uzbekistan' } },
    ],
    tracks: [
      { id: 'diplomacy', name: { en: 'Diplomacy' } },
      { id: 'epca', name: { en: 'EPCA' } },
    ],
  } as unknown as Parameters<typeof buildLanes>[0];
  const events = [base, { ...base, id: 'y', parties: ['kz', 'eu'], type: 'summit' as const }];
  const label = (type: string) => `type:${type}`;

  it('makes one lane per track in use, each event once', () => {
    const lanes = buildLanes(dataset, events, 'track', 'en', label);
    expect(lanes.groups?.map((g) => g.id)).toEqual(['diplomacy']);
    expect(lanes.items.map((i) => i.id)).toEqual(['x', 'y']);
    // A track's lane name links to the track's page, in the interface language.
    expect(lanes.groups?.[0]?.href).toBe('/en/tracks/diplomacy');
    expect(buildLanes(dataset, events, 'party', 'en', label).groups?.[0]?.href).toBeUndefined();
  });

  it('puts an event in each of its parties’ lanes', () => {
    const lanes = buildLanes(dataset, events, 'party', 'en', label);
    expect(lanes.groups?.map((g) => g.id)).toEqual(['kz', 'eu']);
    expect(lanes.items.map((i) => [i.id, i.eventId, i.group])).toEqual([
      ['x@kz', 'x', 'kz'],
      ['y@kz', 'y', 'kz'],
      ['y@eu', 'y', 'eu'],
    ]);
  });

  it('labels type lanes in the interface language and can drop lanes', () => {
    expect(buildLanes(dataset, events, 'type', 'en', label).groups?.map((g) => g.label)).toEqual([
      'type:summit',
      'type:high-level-visit',
    ]);
    const none = buildLanes(dataset, events, 'none', 'en', label);
    expect(none.groups).toBeUndefined();
    expect(none.items.every((item) => item.group === undefined)).toBe(true);
  });
});

describe('buildEras', () => {
  const periods = [
    {
      id: 'epca-provisional',
      start: '2016-05-01',
      end: '2020-02-29',
      label: { kk: 'Уақытша', en: 'Provisional', ru: 'Временно' },
      note: { kk: 'Ескерту', en: 'A note', ru: 'Примечание' },
      sources: [],
    },
    { id: 'epca-in-force', start: '2020-03-01', label: { en: 'In force' }, sources: [] },
  ];

  it('makes each period an era whose end is the day after its last day', () => {
    const [first] = buildEras(periods, 'en', (date) => `since ${date}`);
    expect(first?.start.toISOString().slice(0, 10)).toBe('2016-05-01');
    expect(first?.end?.toISOString().slice(0, 10)).toBe('2020-03-01');
    expect(first?.title).toContain('A note');
  });

  it('says an open era is ongoing, in the interface language, with its label in its own', () => {
    const [, ongoing] = buildEras(periods, 'kk', (date) => `${date} – қазірге дейін`);
    expect(ongoing?.end).toBeUndefined();
    expect(ongoing?.dates).toBe('2020 ж. 1 наурыз – қазірге дейін');
    expect(ongoing?.labelLang).toBe('en');
    expect(ongoing?.tone).toBe(1);
  });
});
