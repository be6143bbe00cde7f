import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { DatasetProblem } from './dataset-problem.ts';
import type { ReadResult } from './dataset-read.ts';
import { BodyReadError, readBody, silenceTimer } from './read-body.ts';
import type { Dataset } from './dataset.ts';
import { loadSearchEngine } from './search.ts';

if (typeof window !== 'undefined') void loadSearchEngine().catch(() => undefined);

/**
 * Parsing and validating run in a worker (dataset.worker.ts: the validator and zod load there, not
 * on the page), so the page keeps painting and answering while they run. The worker starts with
 * the app, so its script loads and its code is ready while the dataset downloads. Where a worker
 * cannot start (no Worker, or its script did not load), the same reader runs here, loaded on
 * demand.
 */
interface DatasetWorker {
  worker: Worker;
  /** True once the worker's code has loaded, false if its script failed to load. */
  ready: Promise<boolean>;
}

const startWorker = (): DatasetWorker | undefined => {
  if (typeof Worker === 'undefined') return undefined;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./dataset.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
  const ready = new Promise<boolean>((resolve) => {
    const onMessage = (message: MessageEvent) => {
      if (message.data !== 'ready') return;
      worker.removeEventListener('message', onMessage);
      resolve(true);
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(false);
    });
  });
  return { worker, ready };
};
let warmWorker = typeof window === 'undefined' ? undefined : startWorker();

async function readOffThread(bytes: ArrayBuffer): Promise<ReadResult> {
  // The one started with the app for the first load; a fresh one for a retry.
  const started = warmWorker ?? startWorker();
  warmWorker = undefined;
  // Where the worker's script did not load, the bytes are still here: read them on the page.
  if (!started || !(await started.ready)) return readHere(bytes);
  const { worker } = started;
  return new Promise<ReadResult>((resolve, reject) => {
    worker.addEventListener('message', (message: MessageEvent<ReadResult>) => {
      worker.terminate();
      resolve(message.data);
    });
    // The bytes were moved: a worker that fails now (out of memory) fails the load, and the
    // query's retry fetches the file again.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(event.message || 'the dataset worker stopped'));
    });
    worker.postMessage(bytes, [bytes]);
  });
}

async function readHere(bytes: ArrayBuffer): Promise<ReadResult> {
  const { readDataset } = await import('./dataset-read.ts');
  return readDataset(bytes);
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
  // A server that does not answer within TIMEOUT_MS is given up on; once it answers, the body may
  // take as long as it needs, as long as it does not fall silent for as long (readBody).
  const timeout = new AbortController();
  const noAnswer = silenceTimer(TIMEOUT_MS, () => timeout.abort());
  let response: Response;
  try {
    response = await fetch(url, {
      signal: signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal,
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
  let bytes: ArrayBuffer;
  try {
    bytes = await readBody(response, { limit: MAX_DATASET_BYTES, silenceMs: TIMEOUT_MS });
  } catch (error) {
    if (error instanceof BodyReadError)
      throw new DatasetLoadError(
        error.failure,
        error.failure === 'too-large'
          ? `${url} is over ${MAX_DATASET_BYTES} bytes`
          : `${url}: ${error.message}`,
      );
    throw new DatasetLoadError('network', error instanceof Error ? error.message : String(error));
  }
  // For `npm run bench` and the browser's performance panel: when the data was in hand.
  performance.mark('bt:dataset-received');
  let result: ReadResult;
  try {
    [result] = await Promise.all([readOffThread(bytes), loadSearchEngine()]);
  } catch (error) {
    // A chunk (the reader or the search engine) did not load.
    throw new DatasetLoadError('network', error instanceof Error ? error.message : String(error));
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
