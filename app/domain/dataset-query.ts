import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { DatasetProblem } from './dataset-problem.ts';
import type { Dataset } from './dataset.ts';
import { loadSearchEngine } from './search.ts';

/**
 * The validator (zod and the parser) is its own chunk, requested when this module loads, so it
 * downloads alongside the dataset instead of delaying the first paint.
 */
let parser: Promise<typeof import('./dataset.ts')> | undefined;
const loadParser = () => (parser ??= import('./dataset.ts'));
if (typeof window !== 'undefined') {
  void loadParser().catch(() => (parser = undefined));
  void loadSearchEngine().catch(() => undefined);
}

/** The shipped dataset, fetched at run time so editors can update it without a rebuild. */
export const DEFAULT_DATASET_URL = `${import.meta.env.BASE_URL}data/kz-eu.json`;

export type DatasetErrorReason =
  | 'network'
  | 'timeout'
  | 'http'
  | 'content-type'
  | 'too-large'
  | 'not-json'
  | 'schema-version'
  | 'invalid'
  | 'no-events';

/** A dataset larger than this is refused with a message instead of freezing the tab. */
const MAX_DATASET_BYTES = 64 * 1024 * 1024;
const TIMEOUT_MS = 20_000;

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

async function fetchDataset(url: string, signal?: AbortSignal): Promise<LoadedDataset> {
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(url, {
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      headers: { Accept: 'application/json' },
    });
  } catch (error) {
    if (timeout.aborted)
      throw new DatasetLoadError('timeout', `no answer from ${url} within ${TIMEOUT_MS / 1000} s`);
    throw new DatasetLoadError('network', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok)
    throw new DatasetLoadError('http', `HTTP ${response.status} ${response.statusText} for ${url}`);
  const type = response.headers.get('content-type') ?? '';
  // A static host answers a missing file with its HTML page: say that, not "invalid JSON".
  if (/html/i.test(type)) throw new DatasetLoadError('content-type', `${url} is ${type}, not JSON`);
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_DATASET_BYTES)
    throw new DatasetLoadError(
      'too-large',
      `${url} is ${length} bytes (limit ${MAX_DATASET_BYTES})`,
    );
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw new DatasetLoadError(
      timeout.aborted ? 'timeout' : 'network',
      error instanceof Error ? error.message : String(error),
    );
  }
  // For `npm run bench` and the browser's performance panel: when the data was in hand.
  performance.mark('bt:dataset-received');
  if (text.length > MAX_DATASET_BYTES)
    throw new DatasetLoadError(
      'too-large',
      `${url} has ${text.length} characters (limit ${MAX_DATASET_BYTES})`,
    );
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DatasetLoadError('not-json', error instanceof Error ? error.message : String(error));
  }
  let parseDataset: (typeof import('./dataset.ts'))['parseDataset'];
  try {
    [{ parseDataset }] = await Promise.all([loadParser(), loadSearchEngine()]);
  } catch (error) {
    parser = undefined;
    throw new DatasetLoadError('network', error instanceof Error ? error.message : String(error));
  }
  const result = parseDataset(json);
  if (!result.ok) {
    throw new DatasetLoadError(
      result.reason,
      `${result.problems.length} problem(s) in ${url}`,
      result.problems,
    );
  }
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
          ['network', 'timeout', 'http'].includes(error.reason)),
    }),
};

/**
 * Starts loading the dataset and resolves once it has loaded, or on its first failure (the
 * query then goes on retrying and the page explains the error itself). The routes' loader.
 */
export function datasetSettled(queryClient: QueryClient): Promise<LoadedDataset | undefined> {
  const options = datasetQueries.byUrl();
  const settled = () => {
    const state = queryClient.getQueryState(options.queryKey);
    return state !== undefined && (state.status !== 'pending' || state.fetchFailureCount > 0);
  };
  const data = () => queryClient.getQueryData(options.queryKey);
  // Errors are read from the query's state below, not from this promise.
  queryClient.query(options).catch(() => undefined);
  if (settled()) return Promise.resolve(data());
  return new Promise((resolve) => {
    const unsubscribe = queryClient.getQueryCache().subscribe(() => {
      if (!settled()) return;
      unsubscribe();
      resolve(data());
    });
  });
}
