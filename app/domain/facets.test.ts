import { describe, expect, it } from 'vitest';
import { FACETS, facetOptions, placeId } from './facets.ts';
import { facetCounts, selectEvents } from './select.ts';
import { shippedDataset } from './testing/shipped-dataset.ts';
import {
  activeFilterCount,
  CANONICAL_ORDER,
  DEFAULT_VIEW_STATE,
  normalizeViewState,
  parseViewState,
  serializeViewState,
  stringifySearch,
} from './view-state.ts';

const dataset = shippedDataset();

describe('the facet registry', () => {
  it('gives every facet a URL parameter, in the canonical order, and a default of none', () => {
    for (const facet of FACETS) {
      expect(CANONICAL_ORDER).toContain(facet.param);
      expect(DEFAULT_VIEW_STATE[facet.param]).toEqual([]);
    }
  });

  it('round-trips every option of every facet through the URL', () => {
    for (const facet of FACETS) {
      const ids = facetOptions(facet, dataset).map((option) => option.id);
      expect(ids.length).toBeGreaterThan(0);
      const state = normalizeViewState(
        parseViewState({ [facet.param]: [...ids].reverse().join(',') }),
        dataset,
      );
      expect(state[facet.param]).toEqual(ids);
      expect(serializeViewState(state)[facet.param]).toBe(ids.join(','));
    }
  });

  it('counts, for each option, the events it selects', () => {
    const counts = facetCounts(dataset, DEFAULT_VIEW_STATE, undefined);
    for (const facet of FACETS) {
      for (const option of facetOptions(facet, dataset)) {
        const selected = selectEvents(
          dataset,
          { ...DEFAULT_VIEW_STATE, [facet.param]: [option.id] },
          'en',
        ).events.length;
        expect({
          facet: facet.param,
          option: option.id,
          count: counts[facet.param].get(option.id),
        }).toEqual({ facet: facet.param, option: option.id, count: selected });
      }
    }
  });

  it('finds the places of the shipped dataset by their English name', () => {
    expect(placeId({ en: 'Samarkand, Uzbekistan', ru: 'Самарканд' })).toBe('samarkand-uzbekistan');
    expect(placeId({ kk: 'Астана' })).toBeUndefined();
    const brussels = selectEvents(dataset, { ...DEFAULT_VIEW_STATE, place: ['brussels'] }, 'en');
    expect(brussels.events.length).toBeGreaterThan(10);
    expect(brussels.events.every((event) => event.place?.en === 'Brussels')).toBe(true);
  });

  it('counts active filters across facets and dates, and writes a typed state back as a link', () => {
    const state = parseViewState({ party: 'kz,eu', place: 'brussels', from: '2015', q: 'visa' });
    expect(activeFilterCount(state)).toBe(4);
    expect(stringifySearch(state)).toBe('?party=kz,eu&place=brussels&from=2015&q=visa');
    expect(parseViewState(state)).toEqual(state);
  });
});
