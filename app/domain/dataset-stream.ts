/**
 * Reading the dataset file as it arrives (in the dataset worker): decoded chunk by chunk; once
 * `partialAt` bytes are in and more are coming, the members before the events and the first
 * `partialEvents` events (dataset-prefix.ts) are checked as a dataset of their own and sent
 * ahead, for the page to draw; then the whole file is checked as always, and that result
 * replaces them.
 */
import { datasetPrefix } from './dataset-prefix.ts';
import type { ReadLimits } from './dataset-fetch.ts';
import { readDatasetText, type WorkerAnswer } from './dataset-read.ts';
import { BodyReadError, readChunks } from './read-body.ts';

export async function readStreamed(
  request: ReadLimits & { stream: ReadableStream<Uint8Array> },
  answer: (message: WorkerAnswer) => void,
): Promise<void> {
  const decoder = new TextDecoder();
  const pieces: string[] = [];
  let sentAhead = false;
  let size = 0;
  try {
    await readChunks(request.stream, request, (chunk) => {
      size += chunk.byteLength;
      pieces.push(decoder.decode(chunk, { stream: true }));
      if (sentAhead || size < request.partialAt) return;
      sentAhead = true;
      const prefix = datasetPrefix(pieces.join(''), request.partialEvents);
      const result = prefix === undefined ? undefined : readDatasetText(prefix);
      if (result?.ok && result.dataset.events.length > 0) answer({ kind: 'partial', result });
    });
  } catch (error) {
    answer({
      kind: 'failed',
      failure: error instanceof BodyReadError ? error.failure : 'network',
      detail: error instanceof Error ? error.message : String(error),
    });
    return;
  }
  const receivedAt = performance.timeOrigin + performance.now();
  pieces.push(decoder.decode());
  answer({ kind: 'done', result: readDatasetText(pieces.join('')), receivedAt });
}
