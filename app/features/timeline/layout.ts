/**
 * How the overview fits: which window "everything" is, how many rows each lane may use, and which
 * events get a label (the rest are markers, labelled on hover and in the list). Pure: the adapter
 * gives it the plot's size and a text measurer; styles.css draws items to these metrics.
 */
import type { TimeWindow, TimelineItemSpec } from './types.ts';

/** Sizes in CSS pixels; keep in step with the `.bt-timeline` rules in styles.css. */
export const METRICS = {
  /** Every item's height (a label's 16 px line, padding and borders; a marker's box too). */
  rowHeight: 20,
  /** vis's vertical margin between rows, and its horizontal one between items in a row. */
  rowGap: 3,
  itemGap: 3,
  /** An era's bar in the eras lane. */
  eraRowHeight: 16,
  /** A marker (an event without its label) and its width. */
  markerWidth: 9,
  /** Narrower than this, a label would show too few letters: the event is a marker. */
  minLabel: 52,
  maxLabel: 190,
  /** Borders (3 + 1) and padding (4 + 4) around a label's text, and a pixel for rounding. */
  labelChrome: 13,
  /** A multi-day box's right border is 4 px, not 1 (`.multi-day` in styles.css). */
  multiDayChrome: 3,
  /** A lane's least height: its name on two lines. */
  laneNameHeight: 36,
  /** Most rows a lane gets while other lanes still have events without labels. */
  maxRows: 5,
} as const;

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;
/** Fitting leaves this share of the span on each side (the issue allows up to 5 %). */
export const FIT_MARGIN = 0.02;

/**
 * The window that shows every item: from the first item to the last or `now`, whichever is later
 * (when `untilNow`), with a small margin on each side. At least a year wide.
 */
export function fitWindow(
  items: readonly Pick<TimelineItemSpec, 'start' | 'end'>[],
  now: number | undefined,
): TimeWindow | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (const item of items) {
    min = Math.min(min, item.start.getTime());
    max = Math.max(max, (item.end ?? item.start).getTime());
  }
  if (min > max) return undefined;
  if (now !== undefined && now > max) max = now;
  const span = Math.max(max - min, YEAR);
  const middle = (min + max) / 2;
  const half = span / 2 + span * FIT_MARGIN;
  return { start: middle - half, end: middle + half };
}

/** A lane's height for a number of rows, as vis draws it (rows of 20 px, 3 px apart, 3 px above the first). */
export function laneHeight(rows: number): number {
  const { rowHeight, rowGap, laneNameHeight } = METRICS;
  return Math.max(laneNameHeight, rows * (rowHeight + rowGap));
}

/**
 * Rows per lane so that all lanes fit in `height`: each lane the rows its events need as markers,
 * then one more at a time to the lane with the most events per row, while they fit.
 */
export function rowBudget(
  counts: ReadonlyMap<string, number>,
  height: number,
  minimum: ReadonlyMap<string, number> = new Map(),
): Map<string, number> {
  const rows = new Map<string, number>();
  let used = 0;
  for (const lane of counts.keys()) {
    const least = Math.max(1, minimum.get(lane) ?? 1);
    rows.set(lane, least);
    used += laneHeight(least);
  }
  for (;;) {
    let best: string | undefined;
    let bestDensity = 1;
    for (const [lane, count] of counts) {
      const current = rows.get(lane) ?? 1;
      const density = count / current;
      if (current < METRICS.maxRows && density > bestDensity) {
        best = lane;
        bestDensity = density;
      }
    }
    if (best === undefined) return rows;
    const current = rows.get(best) ?? 1;
    const extra = laneHeight(current + 1) - laneHeight(current);
    if (used + extra > height) return rows;
    used += extra;
    rows.set(best, current + 1);
  }
}

export interface Plot {
  window: TimeWindow;
  /** The drawing area's width in px (without the lane names). */
  width: number;
}

interface Placed {
  id: string;
  left: number;
  /** Where its full label (or its range) would end. */
  want: number;
  range: boolean;
  /** Borders and padding around its label's text. */
  chrome: number;
}

function byLane(items: readonly TimelineItemSpec[]): Map<string, TimelineItemSpec[]> {
  const lanes = new Map<string, TimelineItemSpec[]>();
  for (const item of items) {
    const lane = lanes.get(item.group ?? '');
    if (lane) lane.push(item);
    else lanes.set(item.group ?? '', [item]);
  }
  for (const lane of lanes.values()) lane.sort((a, b) => a.start.getTime() - b.start.getTime());
  return lanes;
}

const scale = (plot: Plot) => {
  const perMs = plot.width / Math.max(plot.window.end - plot.window.start, 1);
  return (date: Date) => (date.getTime() - plot.window.start) * perMs;
};

/** Rows each lane needs when every event is a marker (vis's first-fit stacking). */
export function markerRows(items: readonly TimelineItemSpec[], plot: Plot): Map<string, number> {
  const x = scale(plot);
  const { markerWidth, itemGap } = METRICS;
  const rows = new Map<string, number>();
  for (const [lane, sorted] of byLane(items)) {
    const ends: number[] = [];
    for (const item of sorted) {
      const left = x(item.start);
      const right = left + Math.max(markerWidth, item.end ? x(item.end) - left : 0);
      const row = ends.findIndex((end) => end + itemGap <= left);
      if (row === -1) ends.push(right);
      else ends[row] = right;
    }
    rows.set(lane, ends.length);
  }
  return rows;
}

/**
 * The width of each item's label text in px, or `undefined` for a marker. In each lane, items go
 * from left to right into its `rows`: into a row where the whole label fits if there is one, else
 * into the row that frees up first; a label then runs until the next item in its row (or the
 * plot's edge, or `maxLabel`), and an event whose label would show too little is a marker. So a
 * lane never needs more rows than its budget, unless its markers alone do.
 */
export function placeLabels(
  items: readonly TimelineItemSpec[],
  plot: Plot,
  rowsByLane: ReadonlyMap<string, number>,
  measure: (text: string) => number,
): Map<string, number | undefined> {
  const { markerWidth, minLabel, maxLabel, itemGap } = METRICS;
  const x = scale(plot);
  const widths = new Map<string, number | undefined>();
  for (const [lane, sorted] of byLane(items)) {
    const budget = rowsByLane.get(lane) ?? 1;
    const rows: Placed[][] = [];
    for (const item of sorted) {
      const left = x(item.start);
      const range = item.end !== undefined;
      const chrome = METRICS.labelChrome + (item.multiDay && !range ? METRICS.multiDayChrome : 0);
      const want = range
        ? left + Math.max(markerWidth, x(item.end as Date) - left)
        : left + Math.min(maxLabel, Math.ceil(measure(item.label)) + chrome);
      const placed = { id: item.id, left, want, range, chrome };
      const last = (row: Placed[]) => row[row.length - 1] as Placed;
      // Rows where the item fits at least as a marker after the last one (shortened to a marker).
      const open = rows
        .map((row, index) => ({ row, index }))
        .filter(({ row }) => {
          const previous = last(row);
          const least = previous.range ? previous.want : previous.left + markerWidth;
          return least + itemGap <= left;
        });
      const whole = open.find(({ row }) => last(row).want + itemGap <= left);
      const earliest = open.sort((a, b) => last(a.row).want - last(b.row).want)[0];
      const target = whole ?? (rows.length < budget ? undefined : earliest);
      if (target) target.row.push(placed);
      else rows.push([placed]);
    }
    for (const row of rows)
      row.forEach((placed, index) => {
        const next = row[index + 1];
        const end = Math.min(placed.want, next ? next.left - itemGap : Infinity, plot.width);
        const text = Math.floor(end - placed.left - placed.chrome);
        const full = Math.floor(placed.want - placed.left - placed.chrome);
        widths.set(placed.id, text >= Math.min(minLabel, full) && text > 0 ? text : undefined);
      });
  }
  return widths;
}

/** Items per lane, for rowBudget. */
export function laneCounts(items: readonly Pick<TimelineItemSpec, 'group'>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.group ?? '', (counts.get(item.group ?? '') ?? 0) + 1);
  return counts;
}

/** Rows that intervals need when each goes in the first row where it fits (eras in their lane). */
export function intervalRows(intervals: readonly { start: number; end: number }[]): number {
  const rowEnds: number[] = [];
  for (const { start, end } of [...intervals].sort((a, b) => a.start - b.start)) {
    const row = rowEnds.findIndex((last) => last <= start);
    if (row === -1) rowEnds.push(end);
    else rowEnds[row] = end;
  }
  return rowEnds.length;
}

/** The eras lane's height for its rows of bars (shorter than event rows). */
export function erasLaneHeight(rows: number): number {
  const { eraRowHeight, rowGap, laneNameHeight } = METRICS;
  return Math.max(laneNameHeight, rows * (eraRowHeight + rowGap) + rowGap);
}
