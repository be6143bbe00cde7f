/**
 * Full-text search over every language of every event (title, summary, place, people, source
 * publishers), with MiniSearch: prefix and light fuzzy matching, field boosts, and the matched
 * terms for highlighting. One index per dataset, built when search is first wanted, or, for a
 * large dataset, ahead: by the dataset worker, else in the background on the page; and cached.
 */

import type MiniSearch from 'minisearch';
import type { SearchResult } from 'minisearch';
import type { Dataset } from './dataset.ts';
import type { TimelineEvent } from './dataset-schema.ts';
import { LANGUAGES, type Lang } from './languages.ts';
import { INDEX_AHEAD_FROM } from './search-ahead.ts';
import { FIELDS, INDEX_OPTIONS, toDocument, type FieldName } from './search-documents.ts';
import { fold, tokenize } from './search-text.ts';

export { INDEX_AHEAD_FROM } from './search-ahead.ts';

/**
 * MiniSearch is its own chunk, loaded when search is first wanted (the search box pointed at or
 * focused, a query in the address) or, for a large dataset, with it. Until it is in, or if it
 * cannot load, `searchEvents` matches without it (`plainSearch`).
 */
let Engine: typeof MiniSearch | undefined;
let loading: Promise<void> | undefined;
const searchListeners = new Set<() => void>();
/** Changes when searches may match differently: the engine, or an index from the worker, in. */
let searchVersion = 0;
function searchChanged() {
  searchVersion++;
  for (const listener of searchListeners) listener();
}
export function loadSearchEngine(): Promise<void> {
  loading ??= import('./search-engine.ts').then(
    (module) => {
      Engine = module.default;
      searchChanged();
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** For `useSyncExternalStore`: `searchVersion`, and a subscription to its changes. */
export const searchState = (): number => searchVersion;
export function onSearchChange(listener: () => void): () => void {
  searchListeners.add(listener);
  return () => searchListeners.delete(listener);
}

interface IndexBuild {
  index: MiniSearch;
  /** How many of the dataset's events are in the index so far. */
  added: number;
  /** Whether slices of indexing have been scheduled. */
  preparing?: boolean;
}
const indexes = new WeakMap<Dataset, IndexBuild>();

/** Datasets whose index the dataset worker is building; search matches without one meanwhile. */
const coming = new WeakSet<Dataset>();

/**
 * Takes the index the dataset worker builds for a large dataset (dataset-worker-client.ts):
 * loading it costs the page about a tenth of building it (10,000 events: ~0.1 s, its JSON parsed
 * in one task and the rest in slices, against ~0.8 s of slices). It is used if it holds exactly
 * the dataset's events; else, or if none comes, the page builds the index itself
 * (`prepareLargeSearchIndex`).
 */
export function offerSearchIndex(dataset: Dataset, index: Promise<string | undefined>): void {
  if (dataset.events.length < INDEX_AHEAD_FROM) return;
  coming.add(dataset);
  void index
    .then(async (json) => {
      if (json === undefined) return;
      await loadSearchEngine();
      if (!Engine) return;
      const built = await Engine.loadJSONAsync(json, INDEX_OPTIONS);
      const { events } = dataset;
      if (built.documentCount !== events.length || !events.every((event) => built.has(event.id)))
        return;
      if (!indexes.has(dataset)) indexes.set(dataset, { index: built, added: events.length });
      // For tests and the performance panel: when the worker's index was in use.
      performance.mark('bt:search-index-loaded');
    })
    .catch(() => undefined)
    .finally(() => {
      coming.delete(dataset);
      prepareLargeSearchIndex(dataset);
      searchChanged();
    });
}

function startIndex(dataset: Dataset): IndexBuild {
  let build = indexes.get(dataset);
  if (!build) {
    if (!Engine) throw new Error('searchIndex() before loadSearchEngine() resolved');
    build = {
      index: new Engine(INDEX_OPTIONS),
      added: 0,
    };
    indexes.set(dataset, build);
  }
  return build;
}

/** Adds events to the index until the deadline (ms, performance.now()); true when complete. */
function addUntil(dataset: Dataset, build: IndexBuild, deadline: number): boolean {
  const { events } = dataset;
  while (build.added < events.length && performance.now() < deadline) {
    const event = events[build.added++];
    if (event) build.index.add(toDocument(event));
  }
  return build.added >= events.length;
}

/**
 * Builds the search index in slices of a few milliseconds, so a large dataset (10,000 events take
 * seconds to index) never blocks the page; it starts once the browser is idle (within 1 s), so
 * the timeline's first draw is not kept waiting behind it, and then goes on without waiting for
 * idle time, which a busy page may not have; with `now` (search is wanted), without waiting for
 * idle. A search before it is done finishes it at once. Asking again while it runs changes nothing.
 */
export function prepareSearchIndex(dataset: Dataset, when: 'idle' | 'now' = 'idle'): void {
  if (!Engine) {
    // Until it loads, search matches without it; so it does if the engine cannot be fetched
    // (Chromium keeps a module that failed as failed, so a page does not get it later).
    loadSearchEngine().then(
      () => prepareSearchIndex(dataset, when),
      () => undefined,
    );
    return;
  }
  if (coming.has(dataset)) return;
  const build = startIndex(dataset);
  if (build.preparing || build.added >= dataset.events.length) return;
  build.preparing = true;
  const slice = () => {
    if (!addUntil(dataset, build, performance.now() + 8)) setTimeout(slice, 0);
  };
  if (when === 'idle' && typeof requestIdleCallback === 'function')
    requestIdleCallback(slice, { timeout: 1000 });
  else setTimeout(slice, 0);
}

/** With the dataset: indexes a large dataset in the background (see `INDEX_AHEAD_FROM`). */
export function prepareLargeSearchIndex(dataset: Dataset): void {
  if (dataset.events.length >= INDEX_AHEAD_FROM) prepareSearchIndex(dataset);
}

export function searchIndex(dataset: Dataset): MiniSearch {
  const build = startIndex(dataset);
  addUntil(dataset, build, Infinity);
  return build.index;
}

export interface SearchHits {
  /** Matching event ids, best first. */
  ranked: string[];
  /** Folded terms that matched, for highlighting (query words and the index terms they reached). */
  terms: ReadonlySet<string>;
  /** The query's own folded words, matched as prefixes when highlighting. */
  queryTerms: readonly string[];
}

/** Boosts: titles over text, and the interface language over the others. */
function boosts(lang: Lang): Partial<Record<FieldName, number>> {
  const boost: Partial<Record<FieldName, number>> = { people: 1.5, publishers: 1 };
  for (const other of LANGUAGES) {
    const own = other === lang ? 2 : 1;
    boost[`title_${other}`] = 3 * own;
    boost[`summary_${other}`] = own;
    boost[`place_${other}`] = 1.5 * own;
    boost[`note_${other}`] = 0.5 * own;
  }
  return boost;
}

/** Each event's words, folded as the index folds them, for `plainSearch`. */
const plainWords = new WeakMap<TimelineEvent, readonly string[]>();

/**
 * Search without MiniSearch, while it loads (or if it cannot): the events in which every query
 * word starts a word of the indexed texts, in date order. No typo tolerance and no ranking; the
 * index's search replaces it as soon as the engine is in.
 */
export function plainSearch(dataset: Dataset, queryTerms: readonly string[]): SearchHits {
  const ranked = dataset.events
    .filter((event) => {
      const words = wordsOf(event);
      return queryTerms.every((term) => words.some((word) => word.startsWith(term)));
    })
    .map((event) => event.id);
  return { ranked, terms: new Set(queryTerms), queryTerms };
}

function wordsOf(event: TimelineEvent): readonly string[] {
  let words = plainWords.get(event);
  if (!words) {
    const doc = toDocument(event);
    words = [...new Set(tokenize(FIELDS.map((field) => doc[field] ?? '').join(' ')).map(fold))];
    plainWords.set(event, words);
  }
  return words;
}

export function searchEvents(dataset: Dataset, query: string, lang: Lang): SearchHits | undefined {
  const queryTerms = tokenize(query).map(fold).filter(Boolean);
  if (queryTerms.length === 0) return undefined;
  if (!Engine || coming.has(dataset)) return plainSearch(dataset, queryTerms);
  const results: SearchResult[] = searchIndex(dataset).search(query, {
    prefix: true,
    // Typos only in longer words: short words and abbreviations (EPCA, СРПС) must match as typed.
    fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
    combineWith: 'AND',
    boost: boosts(lang),
  });
  const terms = new Set<string>(queryTerms);
  for (const result of results) for (const term of result.terms) terms.add(term);
  return { ranked: results.map((result) => String(result.id)), terms, queryTerms };
}
