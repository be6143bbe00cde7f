/**
 * Everything vis holds for one window, as plain data: the items feed() picks, each labelled or a
 * marker as layout.ts places them, and the eras. Pure, so the adapter only measures and sends.
 */
import { feed, type FeedItem } from './feed.ts';
import {
  erasLaneHeight,
  intervalRows,
  laneCounts,
  markerRows,
  METRICS,
  placeLabels,
  rowBudget,
} from './layout.ts';
import type { TimeWindow, TimelineContent } from './types.ts';
import { eraData, itemData, type ItemData } from './vis-items.ts';

export interface FeedData {
  data: ItemData[];
  /** Each event's items (one per lane it is in); events only in a period's count have none. */
  itemsByEvent: Map<string, string[]>;
}

export function feedData(
  content: TimelineContent,
  window: TimeWindow | undefined,
  plot: {
    /** The drawing area's width in px. */
    width: number;
    /** The height the lanes may take together. */
    lanesHeight: number;
  },
  options: { lang: string; now: number; measure: (text: string) => number },
): FeedData {
  const { items, eras, groups } = content;
  const grouped = groups !== undefined;
  const { width } = plot;
  const picked: FeedItem[] = window
    ? feed(items, window, undefined, Math.max(4, Math.floor(width / 48)))
    : [...items];
  const events = picked.filter((item) => item.count === undefined);
  const spans = eras.map((era) => ({
    start: era.start.getTime(),
    end: era.end?.getTime() ?? options.now,
  }));
  const erasRows = grouped ? intervalRows(spans) : 0;
  const height = plot.lanesHeight - (erasRows ? erasLaneHeight(erasRows) : 0);
  let widths = new Map<string, number | undefined>();
  if (window) {
    const scale = { window, width };
    const budget = rowBudget(laneCounts(events), height, markerRows(events, scale));
    widths = placeLabels(events, scale, budget, options.measure);
  }
  const itemsByEvent = new Map<string, string[]>();
  for (const item of events) {
    const list = itemsByEvent.get(item.eventId);
    if (list) list.push(item.id);
    else itemsByEvent.set(item.eventId, [item.id]);
  }
  const data = picked.map((item) =>
    itemData(item, { grouped, lang: options.lang, labelWidth: widths.get(item.id) }),
  );
  // Eras that meet (one president after another) share a row: each bar stops a gap short.
  const gap = window ? ((METRICS.itemGap + 1) * (window.end - window.start)) / width : 0;
  for (const era of eras) data.push(...eraData(era, { grouped, now: options.now, gap }));
  return { data, itemsByEvent };
}
