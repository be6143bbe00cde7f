import { describe, expect, it } from 'vitest';
import {
  FIT_MARGIN,
  fitWindow,
  intervalRows,
  laneCounts,
  laneHeight,
  markerRows,
  METRICS,
  placeLabels,
  rowBudget,
} from './layout.ts';
import type { TimelineItemSpec } from './types.ts';

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;
const at = (year: number) => Date.UTC(year, 0, 1);
const item = (id: string, year: number, group = 'a', label = `Event ${id}`): TimelineItemSpec => ({
  id,
  eventId: id,
  group,
  start: new Date(at(year)),
  label,
  labelLang: 'en',
  className: '',
});
/** 7 px a character: close to the 12 px sans-serif the items use. */
const measure = (text: string) => text.length * 7;

describe('fitWindow', () => {
  it('spans the first item to today when today is later, with small margins', () => {
    const now = at(2026);
    const window = fitWindow([item('a', 1996), item('b', 2016)], now);
    const span = now - at(1996);
    expect(window?.start).toBeCloseTo(at(1996) - FIT_MARGIN * span, -3);
    expect(window?.end).toBeCloseTo(now + FIT_MARGIN * span, -3);
    expect(FIT_MARGIN).toBeLessThanOrEqual(0.05);
  });

  it('spans only the items for results (no today)', () => {
    const window = fitWindow([item('a', 2000), item('b', 2010)], undefined);
    expect(window && window.end - at(2010)).toBeLessThanOrEqual(0.05 * 10 * YEAR);
  });

  it('is at least a year wide, and nothing for no items', () => {
    const window = fitWindow([item('a', 2000)], undefined);
    expect(window && window.end - window.start).toBeGreaterThanOrEqual(YEAR);
    expect(fitWindow([], at(2026))).toBeUndefined();
  });
});

describe('rowBudget', () => {
  it('gives every lane one row, and extra rows to the busiest lanes while they fit', () => {
    const counts = new Map([
      ['busy', 12],
      ['quiet', 1],
    ]);
    const rows = rowBudget(counts, laneHeight(1) + laneHeight(3));
    expect(rows.get('quiet')).toBe(1);
    expect(rows.get('busy')).toBe(3);
  });

  it('never goes over the height it is given', () => {
    const counts = new Map(Array.from({ length: 9 }, (_, i) => [`lane${i}`, 10] as const));
    for (const height of [300, 450, 600]) {
      const rows = rowBudget(counts, height);
      const used = [...rows.values()].reduce((sum, count) => sum + laneHeight(count), 0);
      expect(used).toBeLessThanOrEqual(Math.max(height, 9 * laneHeight(1)));
    }
  });

  it('starts a lane at the rows its markers need', () => {
    const rows = rowBudget(new Map([['a', 3]]), 0, new Map([['a', 2]]));
    expect(rows.get('a')).toBe(2);
  });
});

describe('placeLabels', () => {
  const plot = { window: { start: at(2000), end: at(2010) }, width: 1000 };

  it('labels events that have room, and keeps the label within the next event in its row', () => {
    const items = [item('a', 2000), item('b', 2001), item('c', 2005)];
    const widths = placeLabels(items, plot, new Map([['a', 1]]), measure);
    expect(widths.get('a')).toBeGreaterThan(0);
    // 2000 to 2001 is 100 px: the label stops short of the next event.
    expect((widths.get('a') ?? 0) + METRICS.labelChrome).toBeLessThanOrEqual(100);
    expect(widths.get('c')).toBe(measure('Event c'));
  });

  it("leaves a multi-day box's wider border room before the next event in its row", () => {
    // A title longer than the 100 px to the next event.
    const day = item('a', 2000, 'a', 'A visit with a long title');
    const lane = new Map([['a', 1]]);
    const visit = placeLabels([{ ...day, multiDay: true }, item('b', 2001)], plot, lane, measure);
    const oneDay = placeLabels([day, item('b', 2001)], plot, lane, measure);
    // The box (its text, borders 3 + 4 and padding 4 + 4) ends before the gap to the next event:
    // else vis stacks that event into a row of its own, and the lane needs one row more.
    expect((visit.get('a') ?? 0) + 15).toBeLessThanOrEqual(100 - METRICS.itemGap);
    expect(visit.get('a')).toBe((oneDay.get('a') ?? 0) - METRICS.multiDayChrome);
  });

  it('makes an event a marker when its label would show too little', () => {
    const crowded = [0, 1, 2, 3].map((i) => ({
      ...item(`e${i}`, 2000),
      // About 30 px apart: room for a dot, not for a title.
      start: new Date(at(2000) + i * 110 * DAY),
    }));
    const widths = placeLabels(crowded, plot, new Map([['a', 1]]), measure);
    expect(widths.get('e3')).toBe(measure('Event e3'));
    expect([...widths.values()].filter((width) => width === undefined).length).toBeGreaterThan(0);
  });

  it('uses more rows for labels when the lane has them', () => {
    // About 41 px apart: a label fits only if the next event goes to another row.
    const items = [item('a', 2000), item('b', 2000), item('c', 2000)].map((spec, i) => ({
      ...spec,
      start: new Date(at(2000) + i * 150 * DAY),
    }));
    const one = placeLabels(items, plot, new Map([['a', 1]]), measure);
    const three = placeLabels(items, plot, new Map([['a', 3]]), measure);
    const labelled = (widths: Map<string, number | undefined>) =>
      [...widths.values()].filter((width) => width !== undefined).length;
    expect(labelled(three)).toBeGreaterThan(labelled(one));
    expect(labelled(three)).toBe(3);
  });

  it('never needs more rows than its budget, unless markers alone do', () => {
    const items = Array.from({ length: 40 }, (_, i) => ({
      ...item(`e${i}`, 2000),
      start: new Date(at(2000) + i * 45 * DAY),
    }));
    const need = markerRows(items, plot).get('a') ?? 1;
    for (const budget of [1, 2, 3, 5]) {
      const widths = placeLabels(items, plot, new Map([['a', budget]]), measure);
      // Lay the result out as vis does (first fit, by start) and count the rows.
      const x = (date: Date) => ((date.getTime() - plot.window.start) / (10 * YEAR)) * plot.width;
      const ends: number[] = [];
      for (const spec of items) {
        const width = widths.get(spec.id);
        const left = x(spec.start);
        const right =
          left + (width === undefined ? METRICS.markerWidth : width + METRICS.labelChrome - 1);
        const row = ends.findIndex((end) => end + METRICS.itemGap <= left);
        if (row === -1) ends.push(right);
        else ends[row] = right;
      }
      expect(ends.length).toBeLessThanOrEqual(Math.max(budget, need));
    }
  });
});

describe('helpers', () => {
  it('counts items per lane', () => {
    expect([...laneCounts([item('a', 2000), item('b', 2001), item('c', 2001, 'b')])]).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
  });

  it('stacks intervals that overlap, and lets those that meet share a row', () => {
    expect(
      intervalRows([
        { start: 0, end: 10 },
        { start: 10, end: 20 },
        { start: 5, end: 15 },
      ]),
    ).toBe(2);
  });
});
