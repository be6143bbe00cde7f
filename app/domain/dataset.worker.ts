/**
 * The dataset worker: reads and validates the dataset file off the page's main thread, so the
 * page stays responsive (and paints) while a large file is parsed and checked. It receives the
 * file's bytes (transferred, not copied) and answers with the checked dataset, which the browser
 * copies back (structured clone keeps the maps and shared objects).
 */
import { readDataset } from './dataset-read.ts';

self.addEventListener('message', (message: MessageEvent<ArrayBuffer>) => {
  self.postMessage(readDataset(message.data));
});
