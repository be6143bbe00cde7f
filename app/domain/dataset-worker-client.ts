/**
 * The page's side of the dataset worker (dataset.worker.ts): starting it with the app, and
 * handing it the response's body (read as it arrives) or, where a stream cannot move, the file's
 * bytes. fetchDataset (dataset-query.ts) turns what fails here into the errors it explains.
 */
import type { ReadResult, WorkerAnswer, WorkerRequest } from './dataset-read.ts';
import { BodyReadError } from './read-body.ts';

/**
 * Parsing and validating run in a worker (dataset.worker.ts: the validator and zod load there, not
 * on the page), so the page keeps painting and answering while they run. The worker starts with
 * the app, so its script loads and its code is ready while the dataset downloads. Where a worker
 * cannot start (no Worker, or its script did not load), the same reader runs here, loaded on
 * demand.
 */
export interface DatasetWorker {
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

/** The worker started with the app, for the first load; a fresh one for a retry. */
export function takeWorker(): DatasetWorker | undefined {
  const started = warmWorker ?? startWorker();
  warmWorker = undefined;
  return started;
}

/** Reads the whole file's bytes in a worker (where a stream cannot be moved to one), or here. */
export async function readOffThread(
  bytes: ArrayBuffer,
  started?: DatasetWorker,
): Promise<ReadResult> {
  // Where the worker's script did not load, the bytes are still here: read them on the page.
  if (!started || !(await started.ready)) return readHere(bytes);
  const { worker } = started;
  return new Promise<ReadResult>((resolve, reject) => {
    worker.addEventListener('message', (message: MessageEvent<WorkerAnswer>) => {
      if (message.data.kind !== 'done') return;
      worker.terminate();
      resolve(message.data.result);
    });
    // The bytes were moved: a worker that fails now (out of memory) fails the load, and the
    // query's retry fetches the file again.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(event.message || 'the dataset worker stopped'));
    });
    worker.postMessage(bytes satisfies WorkerRequest, [bytes]);
  });
}

/**
 * Moves the response's body to the worker, which reads it as it arrives (dataset.worker.ts),
 * sends a large file's first events ahead (`onPartial`) and then the checked whole. Returns
 * undefined, having moved nothing, where the browser cannot move a stream to a worker.
 */
export function readInWorker(
  worker: Worker,
  body: ReadableStream<Uint8Array>,
  limits: Pick<Exclude<WorkerRequest, ArrayBuffer>, 'limit' | 'silenceMs' | 'partialAt'>,
  onPartial: (result: Extract<ReadResult, { ok: true }>) => void,
): Promise<ReadResult> | undefined {
  try {
    worker.postMessage({ stream: body, ...limits } satisfies WorkerRequest, [body]);
  } catch {
    return undefined;
  }
  return new Promise<ReadResult>((resolve, reject) => {
    const stop = (error: Error) => {
      worker.terminate();
      reject(error);
    };
    worker.addEventListener('message', (message: MessageEvent<WorkerAnswer>) => {
      const answer = message.data;
      if (answer.kind === 'partial') onPartial(answer.result);
      // The same errors as a body read on the page (read-body.ts), for fetchDataset to explain.
      else if (answer.kind === 'failed')
        stop(
          answer.failure === 'network'
            ? new Error(answer.detail)
            : new BodyReadError(answer.failure, answer.detail),
        );
      else {
        worker.terminate();
        if (answer.receivedAt !== undefined)
          performance.mark('bt:dataset-received', {
            startTime: Math.max(0, answer.receivedAt - performance.timeOrigin),
          });
        resolve(answer.result);
      }
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      stop(new Error(event.message || 'the dataset worker stopped'));
    });
  });
}

async function readHere(bytes: ArrayBuffer): Promise<ReadResult> {
  const { readDataset } = await import('./dataset-read.ts');
  return readDataset(bytes);
}
