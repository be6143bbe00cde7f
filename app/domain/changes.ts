/**
 * What changed, from the dataset alone: each event records when it entered the record (`added`)
 * and when it last changed (`updated`), and the file its release date (`updated`) and version.
 * A reader's changes are the events added or updated after the release they last saw (the
 * release's own list, field by field, is the build's: app/domain/release-diff.ts).
 */
import type { Dataset } from './dataset.ts';
import type { TimelineEvent } from './dataset-schema.ts';

export type ChangeMark = 'new' | 'updated';

/** The event's mark for a reader who last saw the release of `since`; none without one. */
export function changeMark(
  event: TimelineEvent,
  since: string | undefined,
): ChangeMark | undefined {
  if (since === undefined) return undefined;
  if (event.added !== undefined && event.added > since) return 'new';
  if (event.updated !== undefined && event.updated > since) return 'updated';
  return undefined;
}

/** Every marked event since `since`, by id. */
export function changeMarks(
  dataset: Dataset,
  since: string | undefined,
): ReadonlyMap<string, ChangeMark> {
  const marks = new Map<string, ChangeMark>();
  for (const event of dataset.events) {
    const mark = changeMark(event, since);
    if (mark) marks.set(event.id, mark);
  }
  return marks;
}
