/**
 * What changed, from the dataset alone: each event records when it entered the record (`added`)
 * and when it last changed (`updated`), and the file its release date (`updated`) and version.
 * A reader's changes are the events added or updated after the release they last saw (the
 * release's own list, field by field, is the build's: app/domain/release-diff.ts).
 */
import type { Dataset } from './dataset.ts';
import type { TimelineEvent } from './dataset-schema.ts';

export type ChangeMark = 'new' | 'updated';

/**
 * The release a reader saw: its date, and whether changes made on that same day count (when a
 * later release came out the same day, its changes carry the earlier one's date).
 */
export interface Since {
  date: string;
  sameDay: boolean;
}

/** Where a reader stands, from the release they last saw and the current one. */
export function sinceRelease(
  seen: { date: string; version?: string | undefined } | undefined,
  current: Pick<Dataset, 'updated' | 'version'>,
): Since | undefined {
  if (!seen) return undefined;
  const sameRelease =
    seen.version !== undefined && current.version !== undefined
      ? seen.version === current.version
      : seen.date === current.updated;
  if (sameRelease) return { date: current.updated, sameDay: false };
  return { date: seen.date, sameDay: seen.date === current.updated };
}

const after = (day: string | undefined, since: Since) =>
  day !== undefined && (since.sameDay ? day >= since.date : day > since.date);

/** The event's mark for a reader who last saw the release of `since`; none without one. */
export function changeMark(event: TimelineEvent, since: Since | undefined): ChangeMark | undefined {
  if (since === undefined) return undefined;
  if (after(event.added, since)) return 'new';
  if (after(event.updated, since)) return 'updated';
  return undefined;
}

/** Every marked event since `since`, by id. */
export function changeMarks(
  dataset: Dataset,
  since: Since | undefined,
): ReadonlyMap<string, ChangeMark> {
  const marks = new Map<string, ChangeMark>();
  for (const event of dataset.events) {
    const mark = changeMark(event, since);
    if (mark) marks.set(event.id, mark);
  }
  return marks;
}
