/**
 * What the timeline is given to draw. vis-timeline measures every item it holds in the DOM, so at
 * 10,000 items it takes seconds to open and tens of seconds to bring items back after a filter
 * (its own clustering does not avoid the measuring). So it never holds more than FEED_LIMIT:
 * small sets go in whole; a large set goes in as the events around the visible window; and when
 * even those are too many, as one count per lane and calendar period ("312" for March 2015),
 * which zooms in when clicked.
 */
import type { TimeWindow, TimelineItemSpec } from './types.ts';

export const FEED_LIMIT = 800;

/** Aggregate periods in months, from finest to coarsest. */
const PERIODS = [1, 3, 6, 12, 24, 60, 120, 300];
/** At most about this many periods across the visible window, by default (a wide screen). */
const PERIODS_PER_WINDOW = 24;
const MONTH = 30.44 * 24 * 3600 * 1000;
/** A band covers this share of its period, so neighbours never touch and vis keeps one row. */
const BAND = 0.8;

export interface FeedItem extends TimelineItemSpec {
  /** Set on aggregates: how many events the period holds. */
  count?: number;
  /** Set on aggregates: where the period ends (the band stops short of it, see BAND). */
  periodEnd?: Date;
}

const end = (item: TimelineItemSpec) => (item.end ?? item.start).getTime();

/** Months since 1970 of a UTC date, and back. */
const monthIndex = (date: Date) => (date.getUTCFullYear() - 1970) * 12 + date.getUTCMonth();
const fromMonthIndex = (index: number) =>
  Date.UTC(1970 + Math.floor(index / 12), ((index % 12) + 12) % 12, 1);

export function periodFor(span: number, perWindow = PERIODS_PER_WINDOW): number {
  return PERIODS.find((months) => span / (months * MONTH) <= perWindow) ?? 300;
}

export function feed(
  all: readonly TimelineItemSpec[],
  window: TimeWindow,
  limit = FEED_LIMIT,
  /** How many periods fit across the window (about one per 48 px, so a count stays legible). */
  periodsPerWindow = PERIODS_PER_WINDOW,
): FeedItem[] {
  if (all.length <= limit) return [...all];
  const span = Math.max(window.end - window.start, 1);
  // Half a window either side, so a short pan or zoom out finds its items already there.
  const from = window.start - span / 2;
  const to = window.end + span / 2;
  const near = all.filter((item) => item.start.getTime() < to && end(item) >= from);
  if (near.length <= limit) return near;

  const months = periodFor(span, periodsPerWindow);
  const buckets = new Map<string, FeedItem & { count: number }>();
  for (const item of near) {
    const first = Math.floor(monthIndex(item.start) / months) * months;
    const key = `${item.group ?? ''}|${first}`;
    const bucket = buckets.get(key);
    if (bucket) {
      bucket.count++;
      continue;
    }
    buckets.set(key, {
      id: `aggregate:${key}`,
      eventId: '',
      ...(item.group === undefined ? {} : { group: item.group }),
      start: new Date(fromMonthIndex(first)),
      end: new Date(
        fromMonthIndex(first) + BAND * (fromMonthIndex(first + months) - fromMonthIndex(first)),
      ),
      periodEnd: new Date(fromMonthIndex(first + months)),
      label: '',
      labelLang: item.labelLang,
      className: 'bt-aggregate',
      count: 1,
    });
  }
  return [...buckets.values()];
}
