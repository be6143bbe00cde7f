import { describe, expect, it } from 'vitest';
import { readDataset } from './dataset-read.ts';
import { shippedJson } from './testing/shipped-dataset.ts';

const bytes = (text: string) => new TextEncoder().encode(text).buffer;

describe('readDataset (what the dataset worker runs)', () => {
  it('reads the shipped file from its bytes, Kazakh and Russian text intact', () => {
    const result = readDataset(bytes(JSON.stringify(shippedJson)));
    if (!result.ok) throw new Error(result.detail);
    expect(result.dataset.events.length).toBe((shippedJson.events as unknown[]).length);
    expect(result.dataset.eventsById.get('epca-signed')?.title.kk).toMatch(
      /[А-Яа-яӘәҒғҚқҢңӨөҰұҮүІі]/,
    );
    expect(result.problems).toEqual([]);
  });

  it('survives the copy back from the worker: maps and shared events stay one object', () => {
    const result = readDataset(bytes(JSON.stringify(shippedJson)));
    if (!result.ok) throw new Error(result.detail);
    const copy = structuredClone(result.dataset);
    expect(copy.eventsById.get('epca-signed')).toBe(
      copy.events.find((e) => e.id === 'epca-signed'),
    );
    expect(copy.tracksById.size).toBe(result.dataset.tracksById.size);
  });

  it('says "not JSON" with the parser\'s message for a broken file', () => {
    const result = readDataset(bytes('{"events": ['));
    expect(result).toMatchObject({ ok: false, reason: 'not-json', problems: [] });
    expect(!result.ok && result.detail).toBeTruthy();
  });

  it("passes on the validator's reason and problems for a file without events", () => {
    const result = readDataset(bytes(JSON.stringify({ ...shippedJson, events: [] })));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe('no-events');
  });
});
