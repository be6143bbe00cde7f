import { useEffect, useMemo } from 'react';
import type { Dataset } from '../domain/dataset.ts';
import type { Lang } from '../domain/languages.ts';
import { prepareLargeSearchIndex } from '../domain/search.ts';
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
  const selection = useMemo(() => selectEvents(dataset, filters, lang), [dataset, filters, lang]);
  // A large dataset's search index, seconds of work, in the background at once, so the first
  // keystroke finds it ready; a small one's when the search box is first wanted (SearchBox).
  useEffect(() => prepareLargeSearchIndex(dataset), [dataset]);
  const counts = useMemo(
    () => facetCounts(dataset, filters, selection.hits),
    [dataset, filters, selection.hits],
  );
  return { selection, counts };
}
