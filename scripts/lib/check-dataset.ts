import { formatProblem, parseDataset, type DatasetProblem } from '../../app/domain/dataset.ts';
import { findMissingTranslations } from '../../app/domain/dataset-translations.ts';
import { localize } from '../../app/domain/localize.ts';
import { checkShipped } from './source-rules.ts';

/** The share of events that should cite an official or legal-text source. */
const OFFICIAL_TARGET = 0.75;

export interface CheckReport {
  errors: string[];
  warnings: string[];
  eventCount: number;
  periodCount: number;
  storyCount: number;
  /** Events citing an official or legal-text source. */
  officialCount: number;
}

const line = (problem: DatasetProblem) => formatProblem({ ...problem, severity: 'error' });

/** The rules behind `npm run data:check`, as a function the tests can call. */
export function checkDatasetFile(text: string, { today }: { today: string }): CheckReport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      errors: [`is not valid JSON: ${(error as Error).message}`],
      warnings: [],
      eventCount: 0,
      periodCount: 0,
      storyCount: 0,
      officialCount: 0,
    };
  }
  const result = parseDataset(json);
  const problems = [...result.problems, ...findMissingTranslations(json)];
  const errors = problems.filter((p) => p.severity === 'error').map(line);
  const warnings = problems.filter((p) => p.severity === 'warning').map(line);
  if (!result.ok)
    return { errors, warnings, eventCount: 0, periodCount: 0, storyCount: 0, officialCount: 0 };
  const shipped = checkShipped(result.dataset);
  errors.push(...shipped.errors);
  if (shipped.official < OFFICIAL_TARGET * shipped.total)
    warnings.push(
      `${shipped.official} of ${shipped.total} events cite an official or legal-text source, under the ${OFFICIAL_TARGET * 100} % target`,
    );

  // Likely mistakes that are not errors.
  const seen = new Map<string, string>();
  for (const event of result.dataset.events) {
    const key = `${event.date}|${localize(event.title, 'en').text.toLowerCase()}`;
    const other = seen.get(key);
    if (other) warnings.push(`events (${event.id}): same title and date as ${other}`);
    else seen.set(key, event.id);
    if (
      event.status === 'planned' &&
      (event.end ?? event.date) < today.slice(0, (event.end ?? event.date).length)
    ) {
      warnings.push(
        `events (${event.id}) .status: "planned" but the date ${event.end ?? event.date} has passed`,
      );
    }
  }
  return {
    errors,
    warnings,
    eventCount: result.dataset.events.length,
    periodCount: result.dataset.periods.length,
    storyCount: result.dataset.stories.length,
    officialCount: shipped.official,
  };
}
