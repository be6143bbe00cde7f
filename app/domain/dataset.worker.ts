/**
 * The dataset worker: reads and validates the dataset file off the page's main thread, so the
 * page stays responsive (and paints) while a large file is parsed and checked. It says it is ready
 * once its code has loaded; the page then moves the response's body here (a transferable stream),
 * or, where a stream cannot move, the whole file's bytes (transferred, not copied). Reading the
 * body here means a large file's first events are sent ahead while the rest arrives
 * (dataset-stream.ts). The answers are copied back by the browser (structured clone keeps the
 * maps and shared objects).
 */
import { readDataset, type WorkerAnswer, type WorkerRequest } from './dataset-read.ts';
import { readStreamed } from './dataset-stream.ts';

const answer = (message: WorkerAnswer) => self.postMessage(message);

self.addEventListener('message', (message: MessageEvent<WorkerRequest>) => {
  const request = message.data;
  if (request instanceof ArrayBuffer) answer({ kind: 'done', result: readDataset(request) });
  else void readStreamed(request, answer);
});
self.postMessage('ready');
