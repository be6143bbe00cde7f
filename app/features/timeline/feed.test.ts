import { describe, expect, it } from 'vitest';
import { FEED_LIMIT, feed, periodFor } from './feed.ts';
import type { TimelineItemSpec } from './types.ts';

const DAY = 86_400_000;
const item = (index: number, date: number, group = 'a'): TimelineItemSpec => ({
  id: `e${index}`,
  eventId: `e${index}`,
  group,
  start: new Date(date),
  label: `Event ${index}`,
  labelLang: 'en',
  className: '',
});
const from2000 = Date.UTC(2000, 0, 1);
/** `count` events, one a day from 1 Jan 2000, alternating two lanes. */
const daily = (count: number) =>
  Array.from({ length: count }, (_, i) => item(i, from2000 + i * DAY, i % 2 ? 'b' : 'a'));

describe('feed', () => {
  it('gives a set under the limit whole, whatever the window', () => {
    const items = daily(50);
    expect(feed(items, { start: 0, end: 1 })).toEqual(items);
  });

  it('gives a large set as the events around the window when those are few enough', () => {
    const items = daily(5000);
    const window = { start: from2000 + 100 * DAY, end: from2000 + 200 * DAY };
    const fed = feed(items, window);
    expect(fed.length).toBeLessThanOrEqual(FEED_LIMIT);
    // Half a window of margin either side: days 50 to 250.
    expect(fed[0]?.id).toBe('e50');
    expect(fed.at(-1)?.id).toBe('e249');
    expect(fed.every((entry) => entry.count === undefined)).toBe(true);
  });

  it('counts events per lane and period when even those are too many', () => {
    const items = daily(5000);
    const window = { start: from2000, end: from2000 + 5000 * DAY };
    const fed = feed(items, window);
    expect(fed.length).toBeLessThanOrEqual(FEED_LIMIT);
    expect(fed.every((entry) => entry.count !== undefined && entry.eventId === '')).toBe(true);
    expect(fed.reduce((sum, entry) => sum + (entry.count ?? 0), 0)).toBe(5000);
    // ~13.7 years across the window: yearly periods, starting on calendar boundaries.
    const first = fed.find((entry) => entry.group === 'a');
    expect(first?.start.toISOString()).toBe('2000-01-01T00:00:00.000Z');
    expect(first?.periodEnd?.toISOString()).toBe('2001-01-01T00:00:00.000Z');
    // The band stops short of the next one so that vis draws one row of them.
    expect(first?.end?.getTime()).toBeLessThan(Date.UTC(2000, 11, 1));
    expect(first?.count).toBe(183); // every other day of 2000 (366 days)
  });

  it('picks a period that keeps about two dozen across the window', () => {
    const YEAR = 365.25 * DAY;
    expect(periodFor(YEAR)).toBe(1);
    expect(periodFor(5 * YEAR)).toBe(3);
    expect(periodFor(33 * YEAR)).toBe(24);
    expect(periodFor(500 * YEAR)).toBe(300);
    // A phone's narrow window fits fewer: two-year periods become five-year ones.
    expect(periodFor(33 * YEAR, 7)).toBe(60);
  });
});
