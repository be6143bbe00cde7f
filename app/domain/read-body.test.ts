import { describe, expect, it } from 'vitest';
import { BodyReadError, readBody } from './read-body.ts';

/** A response whose body arrives in `chunks`, each after `gapMs`. */
function slowResponse(chunks: string[], gapMs: number): Response {
  const encoder = new TextEncoder();
  let index = 0;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      await new Promise((resolve) => setTimeout(resolve, gapMs));
      const chunk = chunks[index++];
      if (chunk === undefined) controller.close();
      else controller.enqueue(encoder.encode(chunk));
    },
  });
  return new Response(stream);
}

const text = (buffer: ArrayBuffer) => new TextDecoder().decode(buffer);

describe('readBody', () => {
  it('reads a body that keeps arriving, however long it takes in all', async () => {
    // Six gaps of 30 ms: 180 ms in all, over the 100 ms of silence allowed, but never silent.
    const body = await readBody(slowResponse(['{"a":', '1,', '"b":', '2', '}'], 30), {
      limit: 1000,
      silenceMs: 100,
    });
    expect(text(body)).toBe('{"a":1,"b":2}');
  });

  it('gives up on a server that stops sending', async () => {
    await expect(
      readBody(slowResponse(['{', '}'], 200), { limit: 1000, silenceMs: 50 }),
    ).rejects.toMatchObject({ failure: 'timeout' });
  });

  it('stops as soon as the body passes the limit', async () => {
    const error = await readBody(slowResponse(['12345', '67890', 'abcde'], 1), {
      limit: 8,
      silenceMs: 1000,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BodyReadError);
    expect(error).toMatchObject({ failure: 'too-large' });
  });
});
