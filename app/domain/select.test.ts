import { describe, expect, it } from 'vitest';
import { parseDataset, type Dataset } from './dataset.ts';
import { withDescendants } from './facets.ts';
import { facetCounts, selectEvents } from './select.ts';
import { DEFAULT_VIEW_STATE, type Filters } from './view-state.ts';

const text = (en: string) => ({ kk: en, en, ru: en });
const event = (
  id: string,
  date: string,
  parties: string[],
  extra: Record<string, unknown> = {},
) => ({
  id,
  date,
  type: 'summit',
  parties,
  track: 'main',
  title: text(id),
  summary: text(`${id} summary`),
  sources: [{ url: 'https://example.org', publisher: 'X', lang: 'en' }],
  ...extra,
});
const result = parseDataset({
  schemaVersion: 1,
  id: 't',
  title: text('T'),
  description: text('D'),
  updated: '2026-01-01',
  parties: [
    { id: 'kz', kind: 'state', name: text('Kazakhstan') },
    { id: 'kz-mfa', kind: 'institution', parent: 'kz', name: text('MFA') },
    { id: 'eu', kind: 'organization', name: text('EU') },
    { id: 'eu-commission', kind: 'institution', parent: 'eu', name: text('Commission') },
    { id: 'uz', kind: 'state', name: text('Uzbekistan') },
  ],
  tracks: [
    { id: 'main', name: text('Main') },
    { id: 'other', name: text('Other') },
  ],
  events: [
    event('a', '2015', ['kz', 'eu']),
    event('b', '2018-05-02', ['kz-mfa', 'eu-commission'], { type: 'dialogue' }),
    event('c', '2020-03', ['kz', 'uz'], { track: 'other' }),
    event('d', '2022-06-10', ['eu-commission'], { status: 'planned', end: '2022-06-12' }),
  ],
});
if (!result.ok) throw new Error(JSON.stringify(result.problems));
const dataset: Dataset = result.dataset;
const ids = (filters: Partial<Filters>) =>
  selectEvents(dataset, { ...DEFAULT_VIEW_STATE, ...filters }, 'en').events.map((e) => e.id);

describe('selectEvents', () => {
  it('shows everything without filters, by date', () => {
    expect(ids({})).toEqual(['a', 'b', 'c', 'd']);
  });

  it('includes a party’s institutions, and narrows to an institution alone', () => {
    expect([...withDescendants(dataset, 'eu')].sort()).toEqual(['eu', 'eu-commission']);
    expect(ids({ party: ['eu'] })).toEqual(['a', 'b', 'd']);
    expect(ids({ party: ['eu-commission'] })).toEqual(['b', 'd']);
  });

  it('matches any or all of the chosen parties', () => {
    expect(ids({ party: ['kz', 'uz'] })).toEqual(['a', 'b', 'c']);
    expect(ids({ party: ['kz', 'uz'], match: 'all' })).toEqual(['c']);
    expect(ids({ party: ['kz', 'eu-commission'], match: 'all' })).toEqual(['b']);
  });

  it('filters by type, track and status', () => {
    expect(ids({ type: ['dialogue'] })).toEqual(['b']);
    expect(ids({ track: ['other'] })).toEqual(['c']);
    expect(ids({ status: ['planned'] })).toEqual(['d']);
    expect(ids({ status: ['held'], track: ['main'] })).toEqual(['a', 'b']);
  });

  it('keeps events that overlap the date range, at any precision', () => {
    expect(ids({ from: '2018', to: '2020' })).toEqual(['b', 'c']);
    expect(ids({ from: '2020-03-31' })).toEqual(['c', 'd']);
    expect(ids({ to: '2015-06-01' })).toEqual(['a']);
    expect(ids({ from: '2022-06-12', to: '2022-06-12' })).toEqual(['d']);
  });

  it('orders search results by relevance and combines them with filters', () => {
    expect(ids({ q: 'summary' })).toHaveLength(4);
    expect(ids({ q: 'b summary' })).toEqual(['b']);
    expect(ids({ q: 'summary', track: ['other'] })).toEqual(['c']);
  });
});

describe('facetCounts', () => {
  it('counts each option given the other filters', () => {
    const counts = facetCounts(dataset, { ...DEFAULT_VIEW_STATE, type: ['summit'] }, undefined);
    // Type counts ignore the type filter itself.
    expect(counts.type.get('summit')).toBe(3);
    expect(counts.type.get('dialogue')).toBe(1);
    // Other facets respect it.
    expect(counts.track.get('main')).toBe(2);
    expect(counts.party.get('eu')).toBe(2);
    expect(counts.status.get('planned')).toBe(1);
  });

  it('narrows party counts by the chosen parties only in "all of" mode', () => {
    const any = facetCounts(dataset, { ...DEFAULT_VIEW_STATE, party: ['uz'] }, undefined);
    expect(any.party.get('eu')).toBe(3);
    const all = facetCounts(
      dataset,
      { ...DEFAULT_VIEW_STATE, party: ['uz'], match: 'all' },
      undefined,
    );
    expect(all.party.get('eu')).toBe(0);
    expect(all.party.get('kz')).toBe(1);
  });

  it('counts years without the date range, for the range chart', () => {
    const counts = facetCounts(dataset, { ...DEFAULT_VIEW_STATE, from: '2019' }, undefined);
    expect([...counts.years.entries()]).toEqual([
      [2015, 1],
      [2018, 1],
      [2020, 1],
      [2022, 1],
    ]);
  });
});
