/**
 * Reading the dataset file as it arrives (in the dataset worker): decoded chunk by chunk. For a
 * large file, the members before the events and the first `partialEvents` events
 * (dataset-prefix.ts) are checked as a dataset of their own and sent ahead, for the page to draw;
 * then the whole file is checked as always, and that result replaces them.
 *
 * A file is large when the server says it is at least `partialAt` bytes long (Content-Length:
 * the first events go ahead as soon as they are in, the first ~60 kB of a 12 MB file), or, where
 * the length is not known (a compressed answer sent in chunks), once `partialAt` bytes are in
 * and more are coming.
 */
import { datasetPrefix } from './dataset-prefix.ts';
import type { ReadLimits } from './dataset-fetch.ts';
import { readDatasetText, type WorkerAnswer } from './dataset-read.ts';
import { BodyReadError, readChunks } from './read-body.ts';

export async function readStreamed(
  request: ReadLimits & {
    stream: ReadableStream<Uint8Array>;
    /** The file's length as the server gave it (Content-Length), if it did. */
    announcedSize?: number | undefined;
  },
  answer: (message: WorkerAnswer) => void,
): Promise<void> {
  const decoder = new TextDecoder();
  const pieces: string[] = [];
  let size = 0;
  // Where the first events are looked for next (Infinity: no more). In a file announced as large,
  // at once, then each time the text has doubled (what is read again stays under twice the text),
  // until `partialAt`; there, as in any file, a last time, taking as many events as are in.
  let tryAt = (request.announcedSize ?? 0) >= request.partialAt ? 0 : request.partialAt;
  try {
    await readChunks(request.stream, request, (chunk) => {
      size += chunk.byteLength;
      pieces.push(decoder.decode(chunk, { stream: true }));
      if (size < tryAt) return;
      const last = size >= request.partialAt;
      tryAt = last ? Infinity : Math.min(2 * size, request.partialAt);
      const prefix = datasetPrefix(pieces.join(''), request.partialEvents);
      const result = prefix === undefined ? undefined : readDatasetText(prefix);
      if (!result?.ok) return;
      const first = result.dataset.events.length;
      if (first === 0 || (!last && first < request.partialEvents)) return;
      tryAt = Infinity;
      answer({ kind: 'partial', result });
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
