import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useRef } from 'react';
import type { Dataset } from '../domain/dataset.ts';
import type { Lang } from '../domain/languages.ts';
import {
  normalizeViewState,
  pickFilters,
  serializeViewState,
  type Filters,
  type ViewState,
} from '../domain/view-state.ts';

/** A pause this long between keystrokes starts a new history entry for the search. */
const SEARCH_PAUSE_MS = 800;

export interface ViewStateApi {
  state: ViewState;
  /** The filters alone: the same object while only the window, grouping or view change. */
  filters: Filters;
  /** Pushes a history entry (filters, grouping); `replace` for the window and mid-word typing. */
  update: (patch: Partial<ViewState>, options?: { replace?: boolean }) => void;
  /** Search typing: one history entry per pause, the URL updated on every keystroke. */
  setQuery: (q: string) => void;
}

/**
 * The view state the router validated from the URL (app/domain/view-state.ts), with the
 * dataset's ids, and the only way to change it. Structural sharing keeps unchanged parts the
 * same objects, so panning does not recompute the selection.
 */
export function useViewState(
  dataset: Dataset,
  lang: Lang,
  eventId: string | undefined,
): ViewStateApi {
  const state = useSearch({
    strict: false,
    select: (search) => normalizeViewState(search as ViewState, dataset),
    structuralSharing: true,
  });
  const filters = useSearch({
    strict: false,
    select: (search) => pickFilters(normalizeViewState(search as ViewState, dataset)),
    structuralSharing: true,
  });
  const navigate = useNavigate();

  const update = useCallback(
    (patch: Partial<ViewState>, options: { replace?: boolean } = {}) => {
      const search = (prev: Partial<ViewState>) => serializeViewState({ ...prev, ...patch });
      const replace = options.replace ?? false;
      if (eventId === undefined) void navigate({ to: '/$lang', params: { lang }, search, replace });
      else
        void navigate({ to: '/$lang/events/$eventId', params: { lang, eventId }, search, replace });
    },
    [navigate, lang, eventId],
  );

  const lastTyped = useRef(0);
  const setQuery = useCallback(
    (q: string) => {
      const now = Date.now();
      const replace = now - lastTyped.current < SEARCH_PAUSE_MS;
      lastTyped.current = now;
      update({ q }, { replace });
    },
    [update],
  );

  return { state, filters, update, setQuery };
}
