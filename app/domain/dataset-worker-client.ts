/**
 * The page's side of the dataset worker (dataset.worker.ts): starting it with the app, asking it
 * for the file at once, and collecting what it answers until fetchDataset (dataset-query.ts)
 * takes the read.
 */
import { DatasetFetchError, DEFAULT_DATASET_URL, READ_LIMITS } from './dataset-fetch.ts';
import type { ReadResult, WorkerAnswer, WorkerRequest } from './dataset-read.ts';

type Checked = Extract<ReadResult, { ok: true }>;

/** A read of the dataset file in the worker. */
export interface WorkerRead {
  /**
   * The checked whole file. Rejects with a DatasetFetchError for what the worker could not get
   * (the network, an HTTP error, a timeout, the size limit), a WorkerUnavailable where its script
   * did not load (the page then reads the file itself), or an Error where it stopped (out of
   * memory).
   */
  whole: Promise<ReadResult>;
  /** Calls back with a large file's first events, at once if they are already in. */
  onPartial(callback: (result: Checked) => void): void;
  /**
   * A large dataset's search index, built by the worker after the whole (MiniSearch's JSON);
   * undefined for a small one, or where the worker could not build it.
   */
  index: Promise<string | undefined>;
}

/** The worker's script did not load: nothing was fetched, the page reads the file itself. */
export class WorkerUnavailable extends Error {}

/**
 * Starts a worker and asks it for the file at `url`. The worker fetches and reads the file itself
 * (its body never crosses the page's thread), while the page renders. Undefined where no worker
 * can start.
 */
function startRead(url: string, onStarted?: () => void): WorkerRead | undefined {
  if (typeof Worker === 'undefined') return undefined;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./dataset.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
  let loaded = false;
  let partial: Checked | undefined;
  let onPartial: ((result: Checked) => void) | undefined;
  let sendIndex: (index: string | undefined) => void = () => undefined;
  const index = new Promise<string | undefined>((resolve) => (sendIndex = resolve));
  const whole = new Promise<ReadResult>((resolve, reject) => {
    const stop = (error: Error) => {
      worker.terminate();
      reject(error);
      sendIndex(undefined);
    };
    worker.addEventListener('message', (message: MessageEvent<WorkerAnswer | 'ready'>) => {
      const answer = message.data;
      if (answer === 'ready') {
        loaded = true;
        onStarted?.();
      } else if (answer.kind === 'partial') {
        partial = answer.result;
        onPartial?.(partial);
      } else if (answer.kind === 'failed')
        stop(new DatasetFetchError(answer.failure, answer.detail));
      else if (answer.kind === 'index') {
        worker.terminate();
        sendIndex(answer.index);
      } else {
        if (!answer.indexing) {
          worker.terminate();
          sendIndex(undefined);
        }
        // For `npm run bench` and the browser's performance panel: when the data was in hand.
        if (answer.receivedAt !== undefined)
          performance.mark('bt:dataset-received', {
            startTime: Math.max(0, answer.receivedAt - performance.timeOrigin),
          });
        resolve(answer.result);
      }
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      onStarted?.();
      stop(
        loaded
          ? new Error(event.message || 'the dataset worker stopped')
          : new WorkerUnavailable('the dataset worker did not load'),
      );
    });
  });
  // Handled by whoever takes the read; a read nobody takes (no page asked) fails silently.
  whole.catch(() => undefined);
  // Queued until the worker's script has run; the worker resolves nothing against its own URL.
  const request: WorkerRequest = { url: new URL(url, location.href).href, ...READ_LIMITS };
  worker.postMessage(request);
  return {
    whole,
    index,
    onPartial(callback) {
      onPartial = callback;
      if (partial) callback(partial);
    },
  };
}

/** The shipped dataset's read, started by the entry (main.tsx) before the app's code runs. */
let warmRead: WorkerRead | undefined;

/**
 * Starts the shipped dataset's read (the entry calls it once): the worker's script loads and the
 * file is asked for while the app's code is evaluated and renders; takeRead hands it to the first
 * load. Settles when the worker has loaded its code (or failed to), at the latest after
 * `patience` ms: the entry waits for it before running the app's code.
 */
export function startDatasetRead(patience = 300): Promise<void> {
  return new Promise((started) => {
    warmRead = startRead(DEFAULT_DATASET_URL, () => started());
    if (!warmRead) started();
    setTimeout(started, patience);
  });
}

/** The read started with the app, for the first load of the shipped dataset; a fresh one else. */
export function takeRead(url: string): WorkerRead | undefined {
  const read = url === DEFAULT_DATASET_URL ? warmRead : undefined;
  warmRead = undefined;
  return read ?? startRead(url);
}
