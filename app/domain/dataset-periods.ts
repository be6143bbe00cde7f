/**
 * The dataset's optional `periods` (eras drawn behind the events). They point at no party, track
 * or event, so they are validated on their own, apart from the events' cross-reference checks.
 */
import { periodSchema, type Period } from './dataset-schema.ts';
import type { DatasetProblem } from './dataset-problem.ts';
import { fromZod, idOf } from './dataset-raw.ts';

/** Each period on its own: a broken one, or a later one reusing an id, is reported and left out. */
export function parsePeriods(raw: readonly unknown[], problems: DatasetProblem[]): Period[] {
  const periods: Period[] = [];
  const seen = new Set<string>();
  raw.forEach((item, index) => {
    const base = { periodIndex: index, periodId: idOf(item) };
    const result = periodSchema.safeParse(item);
    if (!result.success) {
      problems.push(...fromZod(result.error, item, base));
      return;
    }
    const period = result.data;
    if (seen.has(period.id)) {
      problems.push({
        ...base,
        path: ['id'],
        message: `"${period.id}" is used by an earlier period`,
        severity: 'error',
      });
      return;
    }
    seen.add(period.id);
    periods.push(period);
  });
  return periods;
}
