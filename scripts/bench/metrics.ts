/** What `npm run bench` measures, and how the samples of a dataset and viewport become rows. */

export type Kind = 'app' | 'raw';

/** What is measured by loading a page. */
const LOAD_METRICS = ['visible', 'complete', 'afterData'] as const;

/** What is measured by interacting with a page (not by loading it). */
export const INTERACTION_METRICS = [
  'filter',
  'filterTimeline',
  'keystroke',
  'language',
  'languageTimeline',
  'zoom',
  'pan',
] as const;

const METRICS = [...LOAD_METRICS, ...INTERACTION_METRICS, 'heapMB', 'elements'] as const;

export type Metric = (typeof METRICS)[number];

export const LABELS: Record<Metric | 'longTasks', string> = {
  visible: 'events visible (ms)',
  complete: 'all events in (ms)',
  afterData: 'all in after the app had the whole file (ms)',
  filter: 'filter change (ms)',
  filterTimeline: 'filter change, timeline included (ms)',
  keystroke: 'search keystroke (ms)',
  language: 'language switch (ms)',
  languageTimeline: 'language switch, timeline included (ms)',
  zoom: 'zoom (ms)',
  pan: 'pan (ms)',
  heapMB: 'JS heap after GC (MB)',
  elements: 'DOM elements, all events in',
  longTasks: 'long tasks > 50 ms during interactions',
};

/** An action longer than this is recorded as "over" it (Infinity); its page is replaced. */
export const ACTION_LIMIT_MS = 30_000;

export interface Summary {
  median: number;
  min: number;
  max: number;
  n: number;
}

const summarize = (values: number[]): Summary | undefined => {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (index: number) => sorted[index] ?? NaN;
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
  return { median, min: at(0), max: at(sorted.length - 1), n: sorted.length };
};

/** Long tasks are summed up as how many there were, with the longest as the "median". */
const summarizeLongTasks = (durations: number[]): Summary => ({
  median: Math.max(0, ...durations),
  min: 0,
  max: 0,
  n: durations.length,
});

/** Every sample of one page kind, for one dataset and viewport; long tasks as durations in ms. */
export type Samples = Record<Metric, number[]> & { longTasks: number[] };

export const emptySamples = (): Samples => ({
  ...(Object.fromEntries(METRICS.map((metric) => [metric, []])) as unknown as Record<
    Metric,
    number[]
  >),
  longTasks: [],
});

/** A summary as bench/results.json holds it: JSON has no Infinity, so one over the limit is null. */
type StoredSummary = Omit<Summary, 'median' | 'min' | 'max'> &
  Record<'median' | 'min' | 'max', number | null>;

export interface Row {
  dataset: string;
  events: number;
  viewport: string;
  metric: Metric | 'longTasks';
  app?: Summary;
  raw?: Summary;
  ratio?: number;
}

/** A row as bench/results.json holds it. */
export type StoredRow = Omit<Row, 'app' | 'raw'> & { app?: StoredSummary; raw?: StoredSummary };

/** One row per measure, app beside raw, with the ratio of their medians. */
export function toRows(
  dataset: string,
  events: number,
  viewport: string,
  samples: Record<Kind, Samples>,
): Row[] {
  return ([...METRICS, 'longTasks'] as const).map((metric) => {
    const [app, raw] = (['app', 'raw'] as const).map((kind) =>
      metric === 'longTasks'
        ? // Not counted where no interaction finished (a page that never answered).
          INTERACTION_METRICS.some((each) => samples[kind][each].some(Number.isFinite))
          ? summarizeLongTasks(samples[kind].longTasks)
          : undefined
        : summarize(samples[kind][metric]),
    );
    return {
      dataset,
      events,
      viewport,
      metric,
      ...(app ? { app } : {}),
      ...(raw ? { raw } : {}),
      ...(app && raw && raw.median > 0 ? { ratio: app.median / raw.median } : {}),
    };
  });
}

/**
 * The rows of an earlier run (bench/results.json) for the datasets this run did not measure,
 * merged with this run's, by number of events. JSON has no Infinity: an action over the limit was
 * written as null, and is read back as Infinity.
 */
export function mergeRows(previous: StoredRow[], rows: Row[]): Row[] {
  const measured = new Set(rows.map((row) => row.dataset));
  const revive = (summary: StoredSummary | undefined): Summary | undefined =>
    summary && {
      ...summary,
      median: summary.median ?? Infinity,
      min: summary.min ?? Infinity,
      max: summary.max ?? Infinity,
    };
  const kept = previous
    .filter((row) => !measured.has(row.dataset))
    .map((row) => ({ ...row, app: revive(row.app), raw: revive(row.raw) }));
  return [...kept, ...rows].sort((a, b) => a.events - b.events);
}
