import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { DatasetProblem } from './dataset-problem.ts';
import type { ReadResult } from './dataset-read.ts';
import { readInWorker, readOffThread, takeWorker } from './dataset-worker-client.ts';
import { BodyReadError, readBody, silenceTimer } from './read-body.ts';
import type { Dataset } from './dataset.ts';
import { loadSearchEngine } from './search.ts';

if (typeof window !== 'undefined') void loadSearchEngine().catch(() => undefined);

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
/**
 * A file still arriving past this size has its first events drawn before the rest is in. The
 * shipped dataset (~0.6 MB) is read whole; 10,000 events are ~12 MB.
 */
const PARTIAL_AT_BYTES = 1024 * 1024;

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

async function fetchDataset(
  url: string,
  onPartial?: (loaded: LoadedDataset) => void,
): Promise<LoadedDataset> {
  // A server that does not answer within TIMEOUT_MS is given up on; once it answers, the body may
  // take as long as it needs, as long as it does not fall silent for as long (readBody).
  const timeout = new AbortController();
  const noAnswer = silenceTimer(TIMEOUT_MS, () => timeout.abort());
  let response: Response;
  try {
    response = await fetch(url, {
      signal: timeout.signal,
      headers: { Accept: 'application/json' },
    });
  } catch (error) {
    if (timeout.signal.aborted)
      throw new DatasetLoadError('timeout', `no answer from ${url} within ${TIMEOUT_MS / 1000} s`);
    throw new DatasetLoadError('network', error instanceof Error ? error.message : String(error));
  } finally {
    noAnswer.stop();
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
  const started = takeWorker();
  const engine = loadSearchEngine();
  // A large file's first events are shown once the search engine is in (as the whole dataset
  // is), and never after the load has ended, however it ended.
  let ended = false;
  const sendAhead = (partial: Extract<ReadResult, { ok: true }>) =>
    void engine.then(() => {
      if (ended) return;
      // For `npm run bench`, tests and the performance panel: when the first events were in.
      performance.mark('bt:dataset-partial');
      onPartial?.({ dataset: partial.dataset, problems: [], partial: true });
    });
  let result: ReadResult;
  try {
    const streamed =
      response.body && started && (await started.ready)
        ? readInWorker(
            started.worker,
            response.body,
            { limit: MAX_DATASET_BYTES, silenceMs: TIMEOUT_MS, partialAt: PARTIAL_AT_BYTES },
            sendAhead,
          )
        : undefined;
    if (streamed) [result] = await Promise.all([streamed, engine]);
    else {
      const bytes = await readBody(response, { limit: MAX_DATASET_BYTES, silenceMs: TIMEOUT_MS });
      // For `npm run bench` and the browser's performance panel: when the data was in hand.
      performance.mark('bt:dataset-received');
      [result] = await Promise.all([readOffThread(bytes, started), engine]);
    }
  } catch (error) {
    if (error instanceof BodyReadError)
      throw new DatasetLoadError(
        error.failure,
        error.failure === 'too-large'
          ? `${url} is over ${MAX_DATASET_BYTES} bytes`
          : `${url}: ${error.message}`,
      );
    // The network, or a chunk (the reader or the search engine) that did not load.
    throw new DatasetLoadError('network', error instanceof Error ? error.message : String(error));
  } finally {
    ended = true;
  }
  if (!result.ok)
    throw new DatasetLoadError(result.reason, `${url}: ${result.detail}`, result.problems);
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
