/** One thing wrong with a dataset file, located precisely enough to fix it by hand. */
export interface DatasetProblem {
  /** Index in `events[]`, when the problem is inside an event. */
  eventIndex?: number;
  eventId?: string;
  /** Index in `periods[]`, when the problem is inside a period (never set with `eventIndex`). */
  periodIndex?: number;
  periodId?: string;
  /** Index in `stories[]`, when the problem is inside a story. */
  storyIndex?: number;
  storyId?: string;
  /** Index in `documents[]`, when the problem is inside a document. */
  documentIndex?: number;
  documentId?: string;
  path: readonly PropertyKey[];
  message: string;
  /** `error` hides the event, period or story step (or the file); `warning` keeps it. */
  severity: 'error' | 'warning';
}

/** `events[12] (epca-signed) .date: "2015-13-01" is not a valid date (…)`; periods alike. */
export function formatProblem(problem: DatasetProblem): string {
  const item = (list: string, index: number | undefined, id: string | undefined) =>
    index === undefined ? '' : `${list}[${index}]${id ? ` (${id})` : ''} `;
  const where =
    item('events', problem.eventIndex, problem.eventId) ||
    item('periods', problem.periodIndex, problem.periodId) ||
    item('stories', problem.storyIndex, problem.storyId) ||
    item('documents', problem.documentIndex, problem.documentId);
  const path = problem.path
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
    .join('');
  return `${problem.severity === 'warning' ? 'warning: ' : ''}${where}${path || '.'}: ${problem.message}`;
}
