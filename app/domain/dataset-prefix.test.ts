import { describe, expect, it } from 'vitest';
import { datasetPrefix } from './dataset-prefix.ts';

const file = JSON.stringify(
  {
    id: 'x',
    title: { en: 'a "quoted" } title, with [brackets]' },
    parties: [{ id: 'kz' }, { id: 'eu' }],
    events: [
      { id: 'a', title: { en: '{"events": [' } },
      { id: 'b', tags: ['x', 'y'] },
      { id: 'c', note: 'back\\slash \\" and "' },
    ],
    stories: [{ id: 's', steps: ['a'] }],
  },
  null,
  2,
);
const parsedPrefix = (length: number) => {
  const prefix = datasetPrefix(file.slice(0, length));
  return prefix === undefined ? undefined : (JSON.parse(prefix) as Record<string, unknown>);
};
const ids = (doc: Record<string, unknown> | undefined) =>
  (doc?.events as { id: string }[] | undefined)?.map((event) => event.id);

describe('datasetPrefix', () => {
  it('is a valid document with the members before the events and every complete event', () => {
    const cut = file.indexOf('"id": "c"');
    const doc = parsedPrefix(cut);
    expect(ids(doc)).toEqual(['a', 'b']);
    expect(doc?.parties).toEqual([{ id: 'kz' }, { id: 'eu' }]);
    expect(doc?.title).toEqual({ en: 'a "quoted" } title, with [brackets]' });
    expect(doc).not.toHaveProperty('stories');
  });

  it('gives a valid document wherever the text is cut inside the events', () => {
    const start = file.indexOf('"events"');
    for (let length = start; length <= file.length; length++) {
      const doc = parsedPrefix(length);
      if (doc !== undefined) expect(Array.isArray(doc.events)).toBe(true);
    }
    // Every event once the array is closed, before the stories are in.
    expect(ids(parsedPrefix(file.indexOf('"stories"')))).toEqual(['a', 'b', 'c']);
  });

  it('stops after the number of events asked for', () => {
    const doc = JSON.parse(datasetPrefix(file, 2) ?? 'null') as Record<string, unknown>;
    expect(ids(doc)).toEqual(['a', 'b']);
    expect(doc.parties).toEqual([{ id: 'kz' }, { id: 'eu' }]);
    expect(ids(JSON.parse(datasetPrefix(file, 9) ?? 'null') as Record<string, unknown>)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('is undefined before the first event is complete, or when there are no events', () => {
    expect(datasetPrefix(file.slice(0, file.indexOf('"id": "a"') + 12))).toBeUndefined();
    expect(datasetPrefix(file.slice(0, file.indexOf('"events"')))).toBeUndefined();
    expect(datasetPrefix('{"id": "x", "stories": [{"events": [{"id": "a"}]}]')).toBeUndefined();
    expect(datasetPrefix('')).toBeUndefined();
  });
});
