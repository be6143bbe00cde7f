import { describe, expect, it } from 'vitest';
import { feedData } from './feed-data.ts';
import type { EraSpec, TimelineItemSpec } from './types.ts';
import { ERAS_LANE } from './vis-items.ts';

const at = (year: number) => new Date(Date.UTC(year, 0, 1));
const events: TimelineItemSpec[] = [1995, 2005, 2015].map((year) => ({
  id: `e${year}`,
  eventId: `e${year}`,
  group: 'track',
  start: at(year),
  label: `Event of ${year}`,
  labelLang: 'en',
  className: 'type-summit',
}));
const eras: EraSpec[] = [
  {
    id: 'one',
    start: at(1991),
    end: at(2019),
    label: 'One',
    labelLang: 'en',
    dates: '',
    title: 'One',
    tone: 0,
  },
  { id: 'two', start: at(2019), label: 'Two', labelLang: 'en', dates: '', title: 'Two', tone: 1 },
];
const options = {
  lang: 'en',
  now: Date.UTC(2026, 11, 1),
  measure: (text: string) => text.length * 7,
};
const window = { start: at(1990).getTime(), end: at(2027).getTime() };

describe('feedData', () => {
  it('gives vis every event, labelled where it fits, with its items per event', () => {
    const { data, itemsByEvent } = feedData(
      {
        groups: [{ id: 'track', label: 'Track', labelLang: 'en' }],
        items: events,
        eras: [],
        resultsOnly: false,
      },
      window,
      { width: 900, lanesHeight: 400 },
      options,
    );
    expect(data.map((item) => item.id)).toEqual(['e1995', 'e2005', 'e2015']);
    expect(data.every((item) => item.labelWidth !== undefined)).toBe(true);
    expect(itemsByEvent.get('e2005')).toEqual(['e2005']);
  });

  it('draws each era as a band behind the lanes and a bar in the eras lane, ongoing ones to now', () => {
    const { data } = feedData(
      {
        groups: [{ id: 'track', label: 'Track', labelLang: 'en' }],
        items: events,
        eras,
        resultsOnly: false,
      },
      window,
      { width: 900, lanesHeight: 400 },
      options,
    );
    const bands = data.filter((item) => item.type === 'background');
    const bars = data.filter((item) => item.group === ERAS_LANE);
    expect(bands.map((item) => item.id)).toEqual(['era-band:one', 'era-band:two']);
    expect(bars).toHaveLength(2);
    expect(new Date(bands[1]?.end as Date).getTime()).toBe(options.now);
    // Eras that meet share a row: the first bar stops a little short of the second's start.
    expect(new Date(bars[0]?.end as Date).getTime()).toBeLessThan(at(2019).getTime());
  });

  it('without lanes, draws eras as bands only', () => {
    const { data } = feedData(
      { groups: undefined, items: events, eras, resultsOnly: false },
      window,
      { width: 900, lanesHeight: 400 },
      options,
    );
    expect(data.filter((item) => item.group === ERAS_LANE)).toHaveLength(0);
    expect(data.filter((item) => item.type === 'background')).toHaveLength(2);
  });

  it('makes crowded events markers when the lanes have little height', () => {
    const crowded = Array.from({ length: 30 }, (_, i) => ({
      ...(events[0] as TimelineItemSpec),
      id: `c${i}`,
      eventId: `c${i}`,
      start: new Date(at(2000).getTime() + i * 40 * 86_400_000),
    }));
    const { data } = feedData(
      {
        groups: [{ id: 'track', label: 'Track', labelLang: 'en' }],
        items: crowded,
        eras: [],
        resultsOnly: false,
      },
      window,
      { width: 900, lanesHeight: 40 },
      options,
    );
    expect(data.some((item) => item.className?.includes('bt-marker'))).toBe(true);
  });
});
