/**
 * A response's body, read with a timeout on silence rather than on the whole download: a large
 * dataset on a slow line (35 MB at 10 Mbit/s is half a minute) keeps arriving and must not be cut
 * off, while a server that stops sending is given up on. Also stops as soon as the body passes
 * `limit` bytes, whatever its Content-Length said.
 */
export type BodyFailure = 'timeout' | 'too-large';

export class BodyReadError extends Error {
  readonly failure: BodyFailure;
  constructor(failure: BodyFailure, detail: string) {
    super(detail);
    this.name = 'BodyReadError';
    this.failure = failure;
  }
}

/**
 * Calls `onSilence` when `touch` has not been called for `ms`; `stop` ends the watch. Started
 * before the request, touched by each chunk of the body.
 */
function silenceTimer(ms: number, onSilence: () => void) {
  let timer = setTimeout(onSilence, ms);
  return {
    touch() {
      clearTimeout(timer);
      timer = setTimeout(onSilence, ms);
    },
    stop() {
      clearTimeout(timer);
    },
  };
}

/**
 * Reads a byte stream chunk by chunk, handing each to `onChunk`, with the same silence timeout
 * and limit as `readBody`; resolves with the number of bytes read. The dataset worker reads the
 * response's body this way (the page moves the stream to it), so the first chunks can be parsed
 * while the rest arrives.
 */
export async function readChunks(
  stream: ReadableStream<Uint8Array>,
  { limit, silenceMs }: { limit: number; silenceMs: number },
  onChunk: (chunk: Uint8Array) => void,
): Promise<number> {
  const reader = stream.getReader();
  let size = 0;
  const silence = { reached: false };
  const watch = silenceTimer(silenceMs, () => {
    silence.reached = true;
    void reader.cancel();
  });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (silence.reached) throw new BodyReadError('timeout', `no data for ${silenceMs / 1000} s`);
      if (done) break;
      watch.touch();
      size += value.byteLength;
      if (size > limit) {
        void reader.cancel();
        throw new BodyReadError('too-large', `over ${limit} bytes`);
      }
      onChunk(value);
    }
  } catch (error) {
    if (silence.reached && !(error instanceof BodyReadError))
      throw new BodyReadError('timeout', `no data for ${silenceMs / 1000} s`);
    throw error;
  } finally {
    watch.stop();
  }
  return size;
}

export async function readBody(
  response: Response,
  options: { limit: number; silenceMs: number },
): Promise<ArrayBuffer> {
  if (!response.body) return new ArrayBuffer(0);
  const chunks: Uint8Array[] = [];
  const size = await readChunks(response.body, options, (chunk) => chunks.push(chunk));
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes.buffer;
}
