import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useMemo, useRef } from 'react';
import type { Dataset } from '../domain/dataset.ts';
import type { Lang } from '../domain/languages.ts';
import {
  normalizeViewState,
  parseViewState,
  serializeViewState,
  type SearchParams,
  type ViewState,
} from '../domain/view-state.ts';

/** A pause this long between keystrokes starts a new history entry for the search. */
const SEARCH_PAUSE_MS = 800;

export interface ViewStateApi {
  state: ViewState;
  /** Pushes a history entry (filters, grouping); `replace` for the window and mid-word typing. */
  update: (patch: Partial<ViewState>, options?: { replace?: boolean }) => void;
  /** Search typing: one history entry per pause, the URL updated on every keystroke. */
  setQuery: (q: string) => void;
}

/** The view state parsed from the URL, and the only way to change it. */
export function useViewState(
  dataset: Dataset | undefined,
  lang: Lang,
  eventId: string | undefined,
): ViewStateApi {
  const search = useSearch({ strict: false });
  const navigate = useNavigate();
  const state = useMemo(() => {
    const parsed = parseViewState(search);
    return dataset ? normalizeViewState(parsed, dataset) : parsed;
  }, [search, dataset]);

  const update = useCallback(
    (patch: Partial<ViewState>, options: { replace?: boolean } = {}) => {
      const search = (prev: Partial<SearchParams>) =>
        serializeViewState({ ...parseViewState(prev), ...patch });
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

  return { state, update, setQuery };
}
