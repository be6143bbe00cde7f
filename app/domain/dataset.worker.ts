/**
 * The dataset worker: reads and validates the dataset file off the page's main thread, so the
 * page stays responsive (and paints) while a large file is parsed and checked. It says it is ready
 * once its code has loaded (the page then moves the file's bytes here, without keeping a copy),
 * receives the bytes (transferred, not copied) and answers with the checked dataset, which the
 * browser copies back (structured clone keeps the maps and shared objects).
 */
import { readDataset } from './dataset-read.ts';

self.addEventListener('message', (message: MessageEvent<ArrayBuffer>) => {
  self.postMessage(readDataset(message.data));
});
self.postMessage('ready');
