import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { DatasetFetchError, DEFAULT_DATASET_URL } from './dataset-fetch.ts';
import type { DatasetProblem } from './dataset-problem.ts';
import type { ReadResult } from './dataset-read.ts';
import { takeRead, WorkerUnavailable } from './dataset-worker-client.ts';
import type { Dataset } from './dataset.ts';
import { offerSearchIndex } from './search.ts';

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
  /**
   * Only the beginning of a large file, shown while the rest is read: its first events, without
   * the members after them (stories). The routes wait for the whole (`datasetSettled`).
   */
  partial?: true;
}

/** The page's own reading of the file, loaded only where no worker can do it. */
const readOnPage = async (url: string) => (await import('./read-on-page.ts')).readOnPage(url);

async function fetchDataset(
  url: string,
  onPartial?: (loaded: LoadedDataset) => void,
): Promise<LoadedDataset> {
  const read = takeRead(url);
  // A large file's first events are shown only while the rest is read, never after the load ended.
  let ended = false;
  read?.onPartial((partial) => {
    if (ended) return;
    // For `npm run bench`, tests and the performance panel: when the first events were in.
    performance.mark('bt:dataset-partial');
    onPartial?.({ dataset: partial.dataset, problems: [], partial: true });
  });
  let result: ReadResult;
  try {
    const whole = read
      ? read.whole.catch((error: unknown) => {
          if (error instanceof WorkerUnavailable) return readOnPage(url);
          throw error;
        })
      : readOnPage(url);
    result = await whole;
  } catch (error) {
    if (error instanceof DatasetFetchError)
      throw new DatasetLoadError(error.failure, error.message);
    // The worker stopped (out of memory), or the page's own reader did not load.
    throw new DatasetLoadError('network', error instanceof Error ? error.message : String(error));
  } finally {
    ended = true;
  }
  if (!result.ok)
    throw new DatasetLoadError(result.reason, `${url}: ${result.detail}`, result.problems);
  if (read) offerSearchIndex(result.dataset, read.index);
  return { dataset: result.dataset, problems: result.problems };
}

export const datasetQueries = {
  all: () => ['dataset'] as const,
  byUrl: (url: string = DEFAULT_DATASET_URL) =>
    queryOptions({
      queryKey: [...datasetQueries.all(), url] as const,
      // Not `signal`: the app always needs its dataset, so a page that stops watching the query
      // (one page replacing another while a large file's first events are shown) must not
      // abort the download; TanStack Query aborts a fetch only if its queryFn read the signal.
      queryFn: ({ client, queryKey }) =>
        fetchDataset(url, (partial) => client.setQueryData(queryKey, partial)),
      staleTime: Infinity,
      // The dataset is replaced whole (a large file's first events, then all of them): comparing
      // thousands of events to share the unchanged ones would cost more than it saves.
      structuralSharing: false,
      // A broken file will not fix itself on retry; a flaky network might.
      retry: (failureCount, error) =>
        failureCount < 3 &&
        (!(error instanceof DatasetLoadError) ||
          ['network', 'timeout', 'http'].includes(error.reason)),
    }),
};

/**
 * Starts loading the dataset and resolves once it has loaded, or on its first failure (the
 * query then goes on retrying and the page explains the error itself). The routes' loader. With
 * `partial`, also resolves on a large file's first events (`LoadedDataset.partial`), which the
 * home page shows while the rest is read; otherwise waits for the whole.
 */
export function datasetSettled(
  queryClient: QueryClient,
  { partial = false }: { partial?: boolean } = {},
): Promise<LoadedDataset | undefined> {
  const options = datasetQueries.byUrl();
  const data = () => {
    const loaded = queryClient.getQueryData(options.queryKey);
    return loaded?.partial && !partial ? undefined : loaded;
  };
  const settled = () => {
    const state = queryClient.getQueryState(options.queryKey);
    return (
      state !== undefined &&
      (state.status === 'error' ||
        state.fetchFailureCount > 0 ||
        (state.status === 'success' && data() !== undefined))
    );
  };
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
