/** One thing wrong with a dataset file, located precisely enough to fix it by hand. */
export interface DatasetProblem {
  /** Index in `events[]`, when the problem is inside an event. */
  eventIndex?: number;
  eventId?: string;
  path: readonly PropertyKey[];
  message: string;
  /** `error` hides the event (or the file); `warning` keeps it. */
  severity: 'error' | 'warning';
}

/** `events[12] (epca-signed) .date: "2015-13-01" is not a valid date (…)` */
export function formatProblem(problem: DatasetProblem): string {
  const where =
    problem.eventIndex === undefined
      ? ''
      : `events[${problem.eventIndex}]${problem.eventId ? ` (${problem.eventId})` : ''} `;
  const path = problem.path
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
    .join('');
  return `${problem.severity === 'warning' ? 'warning: ' : ''}${where}${path || '.'}: ${problem.message}`;
}
