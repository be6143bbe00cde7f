import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from './dataset.ts';
import { changelogMarkdown, diffReleases } from './release-diff.ts';
import { shippedDataset } from './testing/shipped-dataset.ts';

const current = shippedDataset();
const parsed = parseDataset(
  JSON.parse(
    readFileSync(new URL('../../data/releases/kz-eu-1.0.0.json', import.meta.url), 'utf8'),
  ),
);
if (!parsed.ok) throw new Error('the 1.0.0 release does not parse');
const previous = parsed.dataset;

describe('diffReleases', () => {
  const diff = diffReleases(previous, '1.0.0', current);

  it('lists the added events, and no event twice', () => {
    expect(diff.version).toBe(current.version);
    expect(diff.previous).toBe('1.0.0');
    expect(diff.added).toContain('borrell-visit-astana-2022');
    expect(diff.added).not.toContain('epca-signed');
    expect(diff.added.length).toBe(current.events.length - previous.events.length);
  });

  it('names the fields that changed, and not a source’s kind alone', () => {
    const tokayev = diff.changed.find((change) => change.id === 'tokayev-brussels-2021');
    expect(tokayev?.fields).toEqual(expect.arrayContaining(['end', 'note', 'sources']));
    const kindOnly = {
      ...current,
      events: previous.events.map((event) => ({
        ...event,
        sources: event.sources.map((source) => ({ ...source, kind: 'media' as const })),
      })),
      eventsById: new Map(),
    };
    kindOnly.eventsById = new Map(kindOnly.events.map((event) => [event.id, event]));
    expect(diffReleases(previous, '1.0.0', kindOnly).changed).toEqual([]);
  });

  it('lists a removed event with its title', () => {
    const without = { ...current, eventsById: new Map(current.eventsById) };
    without.eventsById.delete('pca-signed');
    without.events = current.events.filter((event) => event.id !== 'pca-signed');
    const removed = diffReleases(current, '1.1.0', without).removed;
    expect(removed.map((event) => event.id)).toEqual(['pca-signed']);
  });

  it('writes a changelog with one section per release', () => {
    const text = changelogMarkdown('T', [{ diff, dataset: current }]);
    expect(text).toContain(
      `## ${String(current.version)} — ${current.updated} (compared with 1.0.0)`,
    );
    expect(text).toContain('### Added');
    expect(text).toMatch(/- 2021-11-25 — .+ \(`tokayev-brussels-2021`\): .*end/);
  });
});
