import { queryOptions } from '@tanstack/react-query';
import { parseDataset, type DatasetProblem, type Dataset } from './dataset.ts';

/** The shipped dataset, fetched at run time so editors can update it without a rebuild. */
export const DEFAULT_DATASET_URL = `${import.meta.env.BASE_URL}data/kz-eu.json`;

export type DatasetErrorReason =
  'network' | 'http' | 'not-json' | 'schema-version' | 'invalid' | 'no-events';

/** A failed load, with a reason the interface can translate and technical details to fold away. */
export class DatasetLoadError extends Error {
  readonly reason: DatasetErrorReason;
  readonly problems: readonly DatasetProblem[];
  constructor(
    reason: DatasetErrorReason,
    detail: string,
    problems: readonly DatasetProblem[] = [],
  ) {
    super(detail);
    this.name = 'DatasetLoadError';
    this.reason = reason;
    this.problems = problems;
  }
}

export interface LoadedDataset {
  dataset: Dataset;
  /** Events or references that were left out, for the notice. */
  problems: readonly DatasetProblem[];
}

export async function fetchDataset(url: string, signal?: AbortSignal): Promise<LoadedDataset> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    throw new DatasetLoadError('network', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok)
    throw new DatasetLoadError('http', `HTTP ${response.status} ${response.statusText} for ${url}`);
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    throw new DatasetLoadError('not-json', error instanceof Error ? error.message : String(error));
  }
  const result = parseDataset(json);
  if (!result.ok)
    throw new DatasetLoadError(
      result.reason,
      `${result.problems.length} problem(s) in ${url}`,
      result.problems,
    );
  return { dataset: result.dataset, problems: result.problems };
}

export const datasetQueries = {
  all: () => ['dataset'] as const,
  byUrl: (url: string = DEFAULT_DATASET_URL) =>
    queryOptions({
      queryKey: [...datasetQueries.all(), url] as const,
      queryFn: ({ signal }) => fetchDataset(url, signal),
      staleTime: Infinity,
      // A broken file will not fix itself on retry; a flaky network might.
      retry: (failureCount, error) =>
        failureCount < 3 &&
        (!(error instanceof DatasetLoadError) ||
          error.reason === 'network' ||
          error.reason === 'http'),
    }),
};
