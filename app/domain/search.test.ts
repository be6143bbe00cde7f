import { describe, expect, it, vi } from 'vitest';
import type { Dataset } from './dataset.ts';
import { shippedDataset } from './testing/shipped-dataset.ts';
import { excerpt, highlight, matchContext } from './search-highlight.ts';
import { searchIndexJson } from './search-index-build.ts';
import {
  INDEX_AHEAD_FROM,
  offerSearchIndex,
  onSearchChange,
  plainSearch,
  prepareLargeSearchIndex,
  prepareSearchIndex,
  searchEvents,
  searchIndex,
} from './search.ts';
import { fold } from './search-text.ts';

const dataset = shippedDataset();

describe('searchEvents', () => {
  it('builds one index per dataset', () => {
    expect(searchIndex(dataset)).toBe(searchIndex(dataset));
  });

  it('returns nothing to do for an empty or punctuation-only query', () => {
    expect(searchEvents(dataset, '  ', 'en')).toBeUndefined();
    expect(searchEvents(dataset, '—!?', 'en')).toBeUndefined();
  });

  it('finds Kazakh words typed with Russian letters', () => {
    const hits = searchEvents(dataset, 'казакстан', 'kk');
    expect(hits?.ranked.length).toBeGreaterThan(10);
    expect(hits?.ranked).toContain('diplomatic-relations-established');
  });

  it('finds an English term and a Russian abbreviation whatever the interface language', () => {
    for (const lang of ['kk', 'en', 'ru'] as const) {
      expect(searchEvents(dataset, 'EPCA', lang)?.ranked).toContain('epca-signed');
      expect(searchEvents(dataset, 'СРПС', lang)?.ranked).toContain('epca-signed');
    }
  });

  it('matches prefixes and all words of the query', () => {
    const hits = searchEvents(dataset, 'readmiss round', 'en');
    expect(hits?.ranked).toEqual(
      expect.arrayContaining(['visa-readmission-round-1', 'visa-readmission-round-2']),
    );
    expect(searchEvents(dataset, 'readmission zzzzzz', 'en')?.ranked).toEqual([]);
  });

  it('searches places, people and publishers', () => {
    expect(searchEvents(dataset, 'Samarkand', 'en')?.ranked).toContain(
      'eu-central-asia-summit-samarkand-2025',
    );
    expect(searchEvents(dataset, 'Kallas', 'en')?.ranked).toContain('cooperation-council-22');
    expect(searchEvents(dataset, 'Кошербаев', 'en')?.ranked).toContain('cooperation-council-22');
  });

  it('ranks matches in the interface language first', () => {
    // "Совет" is in Russian titles; in the Russian interface those come first.
    const ru = searchEvents(dataset, 'визит', 'ru');
    const first = ru?.ranked[0];
    expect(first && dataset.eventsById.get(first)?.title.ru?.toLowerCase()).toContain('визит');
  });

  it('tolerates a typo in a long word', () => {
    expect(searchEvents(dataset, 'readmision', 'en')?.ranked).toContain('visa-readmission-round-1');
  });
});

describe('plainSearch (before the search engine is in, or if it cannot load)', () => {
  const terms = (query: string) => query.split(' ').map(fold);

  it('finds what the engine finds but for typos, in date order', () => {
    for (const query of ['readmiss round', 'казакстан', 'Kallas', 'EPCA', 'СРПС', 'visa']) {
      const plain = plainSearch(dataset, terms(query)).ranked;
      const engine = searchEvents(dataset, query, 'en')?.ranked ?? [];
      expect(plain.length, query).toBeGreaterThan(0);
      // Words of five letters or more the engine also matches with a typo (search.ts).
      if (query.length < 5) expect(new Set(plain), query).toEqual(new Set(engine));
      else expect(engine, query).toEqual(expect.arrayContaining(plain));
      const order = dataset.events.map((event) => event.id).filter((id) => plain.includes(id));
      expect(plain).toEqual(order);
    }
  });

  it('needs every word, and matches no typos', () => {
    expect(plainSearch(dataset, terms('readmission zzzzzz')).ranked).toEqual([]);
    expect(plainSearch(dataset, terms('readmision')).ranked).toEqual([]);
  });
});

describe('highlight', () => {
  const hits = { terms: new Set(['visa']), queryTerms: ['казакстан', 'read'] };

  it('marks matching words, including prefixes and folded forms, and keeps the text intact', () => {
    const segments = highlight('Visa and readmission: Қазақстан.', hits);
    expect(segments.map((s) => s.text).join('')).toBe('Visa and readmission: Қазақстан.');
    expect(segments.filter((s) => s.hit).map((s) => s.text)).toEqual([
      'Visa',
      'readmission',
      'Қазақстан',
    ]);
  });

  it('returns one plain segment without a search', () => {
    expect(highlight('<b>x</b>', undefined)).toEqual([{ text: '<b>x</b>', hit: false }]);
  });

  it('cuts an excerpt around the first match', () => {
    const text = `${'word '.repeat(40)}visa ${'tail '.repeat(40)}`;
    const cut = excerpt(text, { ranked: [], terms: new Set(['visa']), queryTerms: ['visa'] }, 20);
    expect(cut?.[0]?.text).toBe('… ');
    expect(cut?.some((s) => s.hit && s.text === 'visa')).toBe(true);
    expect(cut?.map((s) => s.text).join('').length).toBeLessThan(80);
  });
});

describe('matchContext', () => {
  it('shows where an event matched in another language when its own title does not show it', () => {
    const hits = searchEvents(dataset, 'СРПС', 'en');
    const event = dataset.eventsById.get('epca-signed');
    if (!hits || !event) throw new Error('fixture');
    const context = matchContext(event, 'en', hits);
    expect(context?.lang).toBe('ru');
    expect(context?.segments.some((segment) => segment.hit && segment.text === 'СРПС')).toBe(true);
  });

  it('is empty when the title already shows the match', () => {
    const hits = searchEvents(dataset, 'EPCA', 'en');
    const event = dataset.eventsById.get('epca-signed');
    if (!hits || !event) throw new Error('fixture');
    expect(matchContext(event, 'en', hits)).toBeUndefined();
  });
});

describe('when the index is built', () => {
  // Without requestIdleCallback (Node), indexing is scheduled with setTimeout.
  const scheduled = (run: () => void): number => {
    const timers = vi.spyOn(globalThis, 'setTimeout');
    try {
      run();
      return timers.mock.calls.length;
    } finally {
      timers.mockRestore();
    }
  };
  const copy = (events: Dataset['events']): Dataset => ({ ...shippedDataset(), events });

  it('waits for search to be wanted on a small dataset, and starts at once on a large one', () => {
    const small = shippedDataset();
    expect(small.events.length).toBeLessThan(INDEX_AHEAD_FROM);
    expect(scheduled(() => prepareLargeSearchIndex(small))).toBe(0);
    const rounds = Math.ceil(INDEX_AHEAD_FROM / small.events.length);
    const events = Array.from({ length: rounds }, (_, round) =>
      small.events.map((event) => ({ ...event, id: `${event.id}-${round}` })),
    ).flat();
    expect(scheduled(() => prepareLargeSearchIndex(copy(events)))).toBe(1);
  });

  it('schedules one build however often search is wanted, and none once it is built', () => {
    const small = copy(shippedDataset().events);
    expect(
      scheduled(() => {
        prepareSearchIndex(small);
        prepareSearchIndex(small);
      }),
    ).toBe(1);
    const built = copy(shippedDataset().events);
    searchIndex(built);
    expect(scheduled(() => prepareSearchIndex(built))).toBe(0);
    expect(searchEvents(small, 'EPCA', 'en')?.ranked).toContain('epca-signed');
  });
});

describe("a large dataset's index from the dataset worker", () => {
  const large = (): Dataset => {
    const shipped = shippedDataset();
    const rounds = Math.ceil(INDEX_AHEAD_FROM / shipped.events.length);
    const events = Array.from({ length: rounds }, (_, round) =>
      shipped.events.map((event) => ({ ...event, id: `${event.id}-${round}` })),
    ).flat();
    return { ...shipped, events };
  };
  /** Offers the index and resolves once search has taken it (or given up on it). */
  async function offer(dataset: Dataset, json: string | undefined) {
    let give: (json: string | undefined) => void = () => undefined;
    offerSearchIndex(dataset, new Promise((resolve) => (give = resolve)));
    const pending = {
      // A typo in a long word: found with an index, not without one (plainSearch).
      typo: searchEvents(dataset, 'Enhansed', 'en')?.ranked,
      epca: searchEvents(dataset, 'EPCA', 'en'),
    };
    const changed = new Promise<void>((resolve) => {
      const stop = onSearchChange(() => {
        stop();
        resolve();
      });
    });
    give(json);
    await changed;
    return pending;
  }

  it('searches without an index until it is in, then with it, never building one', async () => {
    const dataset = large();
    const loaded = () => performance.getEntriesByName('bt:search-index-loaded').length;
    const before = loaded();
    const pending = await offer(dataset, searchIndexJson(dataset.events));
    expect(loaded()).toBe(before + 1);
    expect(pending.typo).toEqual([]);
    expect(pending.epca).toEqual(plainSearch(dataset, ['epca']));
    expect(searchIndex(dataset).documentCount).toBe(dataset.events.length);
    expect(searchEvents(dataset, 'Enhansed', 'en')?.ranked).toContain('epca-signed-0');
    expect(searchEvents(dataset, 'Enhansed', 'en')?.ranked).toContain('epca-signed-1');
  });

  it("builds the index on the page when the worker's is not this dataset's, or none came", async () => {
    for (const json of [searchIndexJson(shippedDataset().events), undefined]) {
      const dataset = large();
      const before = performance.getEntriesByName('bt:search-index-loaded').length;
      await offer(dataset, json);
      expect(performance.getEntriesByName('bt:search-index-loaded')).toHaveLength(before);
      expect(searchIndex(dataset).documentCount).toBe(dataset.events.length);
      expect(searchEvents(dataset, 'Enhansed', 'en')?.ranked).toContain('epca-signed-1');
    }
  });
});
