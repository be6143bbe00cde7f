import {
  findMissingTranslations,
  formatProblem,
  parseDataset,
  type DatasetProblem,
} from '../../app/domain/dataset.ts';
import { localize } from '../../app/domain/localize.ts';

export interface CheckReport {
  errors: string[];
  warnings: string[];
  eventCount: number;
  periodCount: number;
  storyCount: number;
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
    };
  }
  const result = parseDataset(json);
  const problems = [...result.problems, ...findMissingTranslations(json)];
  const errors = problems.filter((p) => p.severity === 'error').map(line);
  const warnings = problems.filter((p) => p.severity === 'warning').map(line);
  if (!result.ok) return { errors, warnings, eventCount: 0, periodCount: 0, storyCount: 0 };

  // Likely mistakes that are not errors.
  const seen = new Map<string, string>();
  for (const event of result.dataset.events) {
    const key = `${event.date}|${localize(event.title, 'en').text.toLowerCase()}`;
    const other = seen.get(key);
    if (other) warnings.push(`events (${event.id}): same title and date as ${other}`);
    else seen.set(key, event.id);
    event.sources.forEach((source, index) => {
      if (source.url.startsWith('http:'))
        warnings.push(
          `events (${event.id}) .sources[${index}].url: plain http: link ${source.url}`,
        );
    });
    if (
      event.status === 'planned' &&
      (event.end ?? event.date) < today.slice(0, (event.end ?? event.date).length)
    ) {
      warnings.push(
        `events (${event.id}) .status: "planned" but the date ${event.end ?? event.date} has passed`,
      );
    }
  }
  for (const period of result.dataset.periods) {
    period.sources.forEach((source, index) => {
      if (source.url.startsWith('http:'))
        warnings.push(
          `periods (${period.id}) .sources[${index}].url: plain http: link ${source.url}`,
        );
    });
  }
  return {
    errors,
    warnings,
    eventCount: result.dataset.events.length,
    periodCount: result.dataset.periods.length,
    storyCount: result.dataset.stories.length,
  };
}
