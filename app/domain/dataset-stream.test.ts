import { describe, expect, it } from 'vitest';
import type { WorkerAnswer } from './dataset-read.ts';
import { readStreamed } from './dataset-stream.ts';
import { shippedJson } from './testing/shipped-dataset.ts';

const bytes = new TextEncoder().encode(JSON.stringify(shippedJson));
const events = (shippedJson as { events: { id: string }[] }).events;

/** The file's bytes as a stream of `size`-byte chunks. */
function chunked(size: number): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) controller.close();
      else controller.enqueue(bytes.slice(offset, (offset += size)));
    },
  });
}

async function read(
  chunkSize: number,
  partialAt: number,
  limit = 64 * 1024 * 1024,
  partialEvents = Infinity,
) {
  const answers: WorkerAnswer[] = [];
  await readStreamed(
    { stream: chunked(chunkSize), limit, silenceMs: 5_000, partialAt, partialEvents },
    (answer) => answers.push(answer),
  );
  return answers;
}

describe('readStreamed', () => {
  it('sends the first events ahead once enough of the file is in, then the whole', async () => {
    // Chunks cut through multi-byte letters (Kazakh and Russian text) and through events.
    const answers = await read(7_001, bytes.length / 2);
    expect(answers.map((answer) => answer.kind)).toEqual(['partial', 'done']);
    const [partial, done] = answers;
    if (partial?.kind !== 'partial' || done?.kind !== 'done' || !done.result.ok)
      throw new Error('unexpected answers');
    const first = partial.result.dataset.events.map((event) => event.id);
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThan(events.length);
    // The first events of the file, in its order, and nothing after them (the stories).
    expect(first).toEqual(events.slice(0, first.length).map((event) => event.id));
    expect(partial.result.dataset.stories).toEqual([]);
    expect(done.result.dataset.events).toHaveLength(events.length);
    expect(done.result.dataset.stories.length).toBeGreaterThan(0);
    expect(done.receivedAt).toBeGreaterThan(0);
  });

  it('sends ahead only the first events asked for, however large the first chunk', async () => {
    // The network can hand over megabytes at once; the fewer first events, the sooner drawn.
    const answers = await read(bytes.length, bytes.length / 4, 64 * 1024 * 1024, 5);
    const [partial] = answers;
    if (partial?.kind !== 'partial') throw new Error('nothing sent ahead');
    expect(partial.result.dataset.events.map((event) => event.id)).toEqual(
      events.slice(0, 5).map((event) => event.id),
    );
  });

  it('sends the first events of a file announced as large as soon as they are in', async () => {
    // Content-Length at the threshold: the first events need not wait for the threshold's bytes.
    let offset = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (offset >= bytes.length) controller.close();
        else controller.enqueue(bytes.slice(offset, (offset += 4_096)));
      },
    });
    const sentAt: number[] = [];
    const answers: WorkerAnswer[] = [];
    await readStreamed(
      {
        stream,
        limit: 64 * 1024 * 1024,
        silenceMs: 5_000,
        partialAt: bytes.length,
        partialEvents: 5,
        announcedSize: bytes.length,
      },
      (answer) => {
        sentAt.push(offset);
        answers.push(answer);
      },
    );
    expect(answers.map((answer) => answer.kind)).toEqual(['partial', 'done']);
    const [partial] = answers;
    if (partial?.kind !== 'partial') throw new Error('nothing sent ahead');
    expect(partial.result.dataset.events.map((event) => event.id)).toEqual(
      events.slice(0, 5).map((event) => event.id),
    );
    // Sent while most of the file had still to come.
    expect(sentAt[0]).toBeLessThan(bytes.length / 4);
  });

  it('sends nothing ahead for a file smaller than the threshold', async () => {
    const answers = await read(64 * 1024, bytes.length + 1);
    expect(answers.map((answer) => answer.kind)).toEqual(['done']);
  });

  it('stops at the size limit with the reason, after what it had sent ahead', async () => {
    const answers = await read(50_000, 100_000, 200_000);
    expect(answers.map((answer) => answer.kind)).toEqual(['partial', 'failed']);
    expect(answers[1]).toMatchObject({ kind: 'failed', failure: 'too-large' });
  });

  it('reports a file that is not JSON as such, once it is all in', async () => {
    const answers: WorkerAnswer[] = [];
    const stream = new Blob(['{"events": [{"id": "a"}, {"id": "b"} oops']).stream();
    await readStreamed(
      { stream, limit: 1_000, silenceMs: 5_000, partialAt: 10, partialEvents: 10 },
      (answer) => answers.push(answer),
    );
    // The first event alone is not a valid dataset (no title, parties…): nothing is sent ahead.
    expect(answers).toMatchObject([{ kind: 'done', result: { ok: false, reason: 'not-json' } }]);
  });
});
