import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Dataset } from '../domain/dataset.ts';
import type { Lang } from '../domain/languages.ts';
import {
  onSearchChange,
  prepareLargeSearchIndex,
  prepareSearchIndex,
  searchState,
} from '../domain/search.ts';
import { facetCounts, selectEvents, type FacetCounts, type Selection } from '../domain/select.ts';
import type { Filters } from '../domain/view-state.ts';

/**
 * The events the filters select and each option's count. `filters` keeps its identity while only
 * the window, grouping or view change (useViewState), so panning recomputes neither.
 */
export function useSelection(
  dataset: Dataset,
  filters: Filters,
  lang: Lang,
): { selection: Selection; counts: FacetCounts } {
  const searching = filters.q.trim() !== '';
  // A query is matched without the search engine (or a large dataset's index from the worker)
  // until it is in (search.ts); then again with it.
  const search = useSyncExternalStore(onSearchChange, searchState, searchState);
  const searchedWith = searching ? search : -1;
  const selection = useMemo(
    () => selectEvents(dataset, filters, lang),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- recomputed when the engine arrives
    [dataset, filters, lang, searchedWith],
  );
  // The search index when a query is in the address; else a large dataset's, seconds of work,
  // in the background at once, so the first keystroke finds it ready (a small one's when the
  // search box is first wanted: SearchBox).
  useEffect(() => {
    if (searching) prepareSearchIndex(dataset, 'now');
    else prepareLargeSearchIndex(dataset);
  }, [dataset, searching]);
  const counts = useMemo(
    () => facetCounts(dataset, filters, selection.hits),
    [dataset, filters, selection.hits],
  );
  return { selection, counts };
}
