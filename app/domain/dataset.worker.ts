/**
 * The dataset worker: fetches, reads and validates the dataset file off the page's main thread,
 * so the page stays responsive (and paints) while a large file arrives and is checked. The page
 * starts it with the app and asks for the file at once (dataset-worker-client.ts); it says it is
 * ready once its code has loaded, fetches the file and reads the body as it arrives, sending a
 * large file's first events ahead (dataset-stream.ts), then the checked whole. Fetching here, not
 * on the page, keeps the body off the page's thread: a 12 MB body passed on from the page cost its
 * main thread about a second. The answers are copied back by the browser (structured clone keeps
 * the maps and shared objects).
 */
import { DatasetFetchError } from './dataset-fetch.ts';
import type { WorkerAnswer, WorkerRequest } from './dataset-read.ts';
import type { TimelineEvent } from './dataset-schema.ts';
import { openDataset } from './open-dataset.ts';
import { INDEX_AHEAD_FROM } from './search-ahead.ts';

// The reader and its validator load while the file is asked for: this first script is small, so
// the request goes out as soon as the worker starts.
const reader = import('./dataset-stream.ts');
// A reader that did not load is answered for when the file is asked for (read below).
reader.catch(() => undefined);
const answer = (message: WorkerAnswer) => self.postMessage(message);

async function read(request: WorkerRequest) {
  let response: Response;
  try {
    response = await openDataset(request.url, request);
  } catch (error) {
    answer(
      error instanceof DatasetFetchError
        ? { kind: 'failed', failure: error.failure, detail: error.message }
        : { kind: 'failed', failure: 'network', detail: String(error) },
    );
    return;
  }
  // A body-less answer (204) is an empty file: the reader says it is not JSON.
  const stream = response.body ?? new Blob([]).stream();
  let readStreamed: Awaited<typeof reader>['readStreamed'];
  try {
    ({ readStreamed } = await reader);
  } catch (error) {
    answer({ kind: 'failed', failure: 'network', detail: String(error) });
    return;
  }
  const announcedSize = Number(response.headers.get('content-length')) || undefined;
  await readStreamed({ ...request, stream, announcedSize }, (message) => {
    // The body's failures name the file, as the page's own reading does (read-on-page.ts).
    if (message.kind === 'failed')
      answer({ ...message, detail: `${request.url}: ${message.detail}` });
    else if (
      message.kind === 'done' &&
      message.result.ok &&
      message.result.dataset.events.length >= INDEX_AHEAD_FROM
    ) {
      answer({ ...message, indexing: true });
      void sendIndex(message.result.dataset.events);
    } else answer(message);
  });
}

/**
 * A large dataset's search index, built here rather than in slices on the page (seconds of its
 * main thread at 10,000 events): the page searches without it meanwhile (search.ts).
 */
async function sendIndex(events: readonly TimelineEvent[]) {
  let index: string | undefined;
  try {
    index = (await import('./search-index-build.ts')).searchIndexJson(events);
  } catch {
    // The page builds it itself.
  }
  answer({ kind: 'index', index });
}

self.addEventListener('message', (message: MessageEvent<WorkerRequest>) => void read(message.data));
self.postMessage('ready');
