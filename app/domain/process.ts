import type { Dataset } from './dataset.ts';
import type { TimelineEvent, Track } from './dataset-schema.ts';
import { endOf, parsePartialDate, startOf } from './partial-date.ts';
import { STAGES, type Stage } from './vocabulary.ts';

/**
 * A track as a process: the stages its events mark, where it stands and what comes next. Pure,
 * so the track page, the home summary and the prerendered pages agree.
 */

/** An agreement's way from mandate to entry into force; `review` follows when it happens. */
const AGREEMENT_LINE: readonly Stage[] = STAGES.filter((stage) => stage !== 'meeting');

type StepState = 'reached' | 'current' | 'ahead' | 'unrecorded';

export interface ProcessStep {
  stage: Stage;
  state: StepState;
  /** The held events at this stage, in date order (several rounds, two ratifications). */
  events: readonly TimelineEvent[];
  /** Time from the previous reached stage's first event to this one's; undefined for the first. */
  took: { years: number; months: number } | undefined;
}

export interface TrackProcess {
  track: Track;
  /** Every event of the track, in date order. */
  events: readonly TimelineEvent[];
  /** `agreement`: stages towards entry into force; `dialogue`: only meetings; `none`: no stages. */
  kind: 'agreement' | 'dialogue' | 'none';
  /** The process line, in order; empty when the track marks no stage. */
  steps: readonly ProcessStep[];
  /** The latest held event that marks a stage, and its stage. */
  current: { stage: Stage; event: TimelineEvent } | undefined;
  /** The earliest planned event of the track, if one is announced. */
  next: TimelineEvent | undefined;
  /** Events per year, first to last year of the track. */
  perYear: readonly { year: number; count: number }[];
}

const time = (date: string) => {
  const parsed = parsePartialDate(date);
  return parsed ? startOf(parsed).getTime() : Number.NaN;
};

/** Years and months from one date to another (`{ years: 5, months: 9 }`), never negative. */
export function elapsed(from: string, to: string): { years: number; months: number } {
  const a = parsePartialDate(from);
  const b = parsePartialDate(to);
  if (!a || !b) return { years: 0, months: 0 };
  let months = (b.year - a.year) * 12 + ((b.month ?? 1) - (a.month ?? 1));
  if ((b.day ?? 1) < (a.day ?? 1)) months -= 1;
  months = Math.max(0, months);
  return { years: Math.floor(months / 12), months: months % 12 };
}

export function trackProcess(dataset: Dataset, trackId: string): TrackProcess | undefined {
  const track = dataset.tracksById.get(trackId);
  if (!track) return undefined;
  const events = dataset.events.filter((event) => event.track === trackId);
  const held = events.filter((event) => event.status === 'held');
  const staged = held.filter((event) => event.stage !== undefined);
  const kind =
    staged.length === 0
      ? 'none'
      : staged.every((event) => event.stage === 'meeting')
        ? 'dialogue'
        : 'agreement';
  const last = staged.at(-1);
  const current = last?.stage ? { stage: last.stage, event: last } : undefined;

  const line =
    kind === 'agreement' ? AGREEMENT_LINE : kind === 'dialogue' ? ['meeting' as const] : [];
  const reachedIndex = current ? line.indexOf(current.stage) : -1;
  let previous: string | undefined;
  const steps = line.flatMap((stage, index): ProcessStep[] => {
    const at = staged.filter((event) => event.stage === stage);
    // A review only belongs on the line once it has happened.
    if (stage === 'review' && at.length === 0) return [];
    const first = at[0];
    const state: StepState =
      stage === current?.stage
        ? 'current'
        : at.length > 0
          ? 'reached'
          : index < reachedIndex
            ? 'unrecorded'
            : 'ahead';
    const took = first && previous !== undefined ? elapsed(previous, first.date) : undefined;
    if (first) previous = first.date;
    return [{ stage, state, events: at, took }];
  });

  const next = events.find((event) => event.status === 'planned');
  const counts = new Map<number, number>();
  for (const event of events) {
    const year = Number(event.date.slice(0, 4));
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  const years = [...counts.keys()];
  const perYear =
    years.length === 0
      ? []
      : Array.from({ length: Math.max(...years) - Math.min(...years) + 1 }, (_, i) => {
          const year = Math.min(...years) + i;
          return { year, count: counts.get(year) ?? 0 };
        });
  return { track, events, kind, steps, current, next, perYear };
}

/**
 * The tracks to sum up on the home view: those with a stage or a planned event, whose latest
 * event is at most `years` old (or still ahead), most recent first.
 */
export function activeTracks(dataset: Dataset, today: string, years = 3): TrackProcess[] {
  const cutoff = `${Number(today.slice(0, 4)) - years}${today.slice(4)}`;
  return dataset.tracks
    .flatMap((track) => {
      const process = trackProcess(dataset, track.id);
      return process ? [process] : [];
    })
    .filter((process) => {
      const latest = process.events.at(-1);
      return (
        (process.current !== undefined || process.next !== undefined) &&
        latest !== undefined &&
        (latest.end ?? latest.date) >= cutoff
      );
    })
    .sort((a, b) => {
      const dateOf = (p: TrackProcess) => p.current?.event.date ?? '';
      return dateOf(b) < dateOf(a) ? -1 : dateOf(b) > dateOf(a) ? 1 : 0;
    });
}

/** Planned events not yet past on `today` (a month or year counts until its end), in date order. */
export function upcomingEvents(dataset: Dataset, today: string): TimelineEvent[] {
  const now = time(today);
  return dataset.events.filter((event) => {
    const end = parsePartialDate(event.end ?? event.date);
    return event.status === 'planned' && end !== undefined && endOf(end).getTime() > now;
  });
}
