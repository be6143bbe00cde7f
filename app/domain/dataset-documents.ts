/**
 * The dataset's optional `documents` (official texts: treaties, laws, decisions) and the events'
 * links to them. A broken document is reported and left out; an event's link to a document that
 * is not there is dropped with a warning, and the event stays.
 */
import type { DatasetProblem } from './dataset-problem.ts';
import { fromZod, idOf } from './dataset-raw.ts';
import { documentSchema, type OfficialDocument, type TimelineEvent } from './dataset-schema.ts';

export function parseDocuments(
  raw: readonly unknown[],
  trackIds: ReadonlySet<string>,
  problems: DatasetProblem[],
): OfficialDocument[] {
  const documents: OfficialDocument[] = [];
  const seen = new Set<string>();
  raw.forEach((item, index) => {
    const base = { documentIndex: index, documentId: idOf(item) };
    const result = documentSchema.safeParse(item);
    if (!result.success) {
      problems.push(...fromZod(result.error, item, base));
      return;
    }
    const document = result.data;
    const message = seen.has(document.id)
      ? `"${document.id}" is used by an earlier document`
      : document.track !== undefined && !trackIds.has(document.track)
        ? `"${document.track}" is not a track id`
        : undefined;
    if (message) {
      problems.push({
        ...base,
        path: [seen.has(document.id) ? 'id' : 'track'],
        message,
        severity: 'error',
      });
      return;
    }
    seen.add(document.id);
    documents.push(document);
  });
  return documents;
}

/** Drops an event's links to documents that are not in the dataset (a warning each). */
export function linkDocuments(
  event: TimelineEvent,
  eventIndex: number,
  documentIds: ReadonlySet<string>,
  problems: DatasetProblem[],
): TimelineEvent {
  if (!event.documents) return event;
  const documents = event.documents.filter((id, i) => {
    if (documentIds.has(id)) return true;
    problems.push({
      eventIndex,
      eventId: event.id,
      path: ['documents', i],
      message: `"${id}" is not a document id`,
      severity: 'warning',
    });
    return false;
  });
  return { ...event, documents };
}
