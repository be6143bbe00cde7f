import { EVENT_STATUSES, EVENT_TYPES, type EventStatus, type EventType } from './vocabulary.ts';
import type { Dataset } from './dataset.ts';
import { parsePartialDate } from './partial-date.ts';

/**
 * The one module that reads and writes the URL's query string. The router hands it the raw
 * search string and gets back plain string values (`parseSearch`); `parseViewState` turns those
 * into typed state with defaults, dropping whatever is invalid and keeping the rest, so no link
 * can throw. `serializeViewState` writes it back without defaults, in one canonical order.
 */
export type SearchParams = Record<string, string>;

export const GROUP_MODES = ['track', 'type', 'party', 'none'] as const;
export type GroupMode = (typeof GROUP_MODES)[number];
export const VIEW_MODES = ['timeline', 'list'] as const;
export type ViewMode = (typeof VIEW_MODES)[number];
export const MATCH_MODES = ['any', 'all'] as const;
export type MatchMode = (typeof MATCH_MODES)[number];

export interface Filters {
  party: readonly string[];
  match: MatchMode;
  type: readonly EventType[];
  track: readonly string[];
  status: readonly EventStatus[];
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, inclusive. */
  from: string | undefined;
  to: string | undefined;
  q: string;
}

export interface ViewState extends Filters {
  group: GroupMode;
  /** Timeline and list (default), or the list alone. */
  view: ViewMode;
  /** The eras' bands on the timeline (`?eras=0` hides them). */
  eras: boolean;
  /** The visible time window, `YYYY-MM-DD`. */
  start: string | undefined;
  end: string | undefined;
  /** `?embed=1`: the minimal view for iframes (no header chrome, no filter column). */
  embed: boolean;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  party: [],
  match: 'any',
  type: [],
  track: [],
  status: [],
  from: undefined,
  to: undefined,
  q: '',
  group: 'track',
  view: 'timeline',
  eras: true,
  start: undefined,
  end: undefined,
  embed: false,
};

const MAX_VALUE_LENGTH = 2000;
const MAX_QUERY_LENGTH = 200;
const MAX_LIST_ITEMS = 50;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Parameters in the order they are written. */
export const CANONICAL_ORDER = [
  'party',
  'match',
  'type',
  'track',
  'status',
  'from',
  'to',
  'q',
  'group',
  'view',
  'eras',
  'start',
  'end',
  'embed',
] as const;

export function parseSearch(searchString: string): SearchParams {
  const params: SearchParams = {};
  let entries: URLSearchParams;
  try {
    entries = new URLSearchParams(
      searchString.startsWith('?') ? searchString.slice(1) : searchString,
    );
  } catch {
    return params;
  }
  for (const [key, value] of entries) {
    // Absurdly long values come from broken or hostile links; drop them rather than process them.
    if (key.length > 50 || value.length > MAX_VALUE_LENGTH || key in params) continue;
    params[key] = value;
  }
  return params;
}

export function stringifySearch(search: Record<string, unknown>): string {
  const order: readonly string[] = CANONICAL_ORDER;
  const keys = Object.keys(search)
    .filter((key) => typeof search[key] === 'string' && search[key] !== '')
    .sort((a, b) => {
      const ia = order.indexOf(a);
      const ib = order.indexOf(b);
      if (ia !== -1 || ib !== -1) return (ia === -1 ? Infinity : ia) - (ib === -1 ? Infinity : ib);
      return a < b ? -1 : a > b ? 1 : 0;
    });
  if (keys.length === 0) return '';
  const params = new URLSearchParams();
  for (const key of keys) params.set(key, search[key] as string);
  // Commas separate list values; keep them readable in shared links.
  return `?${params.toString().replaceAll('%2C', ',')}`;
}

function list<T extends string>(
  value: string | undefined,
  accept: (item: string) => item is T,
): T[] {
  if (!value) return [];
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter((item): item is T => accept(item));
  return [...new Set(items)].slice(0, MAX_LIST_ITEMS);
}

const isSlug = (item: string): item is string => item.length <= 100 && SLUG.test(item);
const isOneOf =
  <T extends string>(options: readonly T[]) =>
  (item: string): item is T =>
    (options as readonly string[]).includes(item);
const date = (value: string | undefined) =>
  value !== undefined && parsePartialDate(value) ? value : undefined;
const day = (value: string | undefined) =>
  value !== undefined && parsePartialDate(value)?.precision === 'day' ? value : undefined;

/** Typed state from raw parameters; anything invalid falls back to its default. */
export function parseViewState(params: Partial<SearchParams>): ViewState {
  const state: ViewState = {
    party: list(params.party, isSlug),
    match: isOneOf(MATCH_MODES)(params.match ?? '') ? (params.match as MatchMode) : 'any',
    type: list(params.type, isOneOf(EVENT_TYPES)),
    track: list(params.track, isSlug),
    status: list(params.status, isOneOf(EVENT_STATUSES)),
    from: date(params.from),
    to: date(params.to),
    // Control characters never belong in a search; collapse runs of spaces.
    q: (params.q ?? '')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trimStart()
      .slice(0, MAX_QUERY_LENGTH),
    group: isOneOf(GROUP_MODES)(params.group ?? '') ? (params.group as GroupMode) : 'track',
    view: isOneOf(VIEW_MODES)(params.view ?? '') ? (params.view as ViewMode) : 'timeline',
    eras: params.eras !== '0',
    start: day(params.start),
    end: day(params.end),
    embed: params.embed === '1',
  };
  if (state.from && state.to && state.from > state.to)
    [state.from, state.to] = [state.to, state.from];
  if (state.start && state.end && state.start >= state.end) {
    state.start = undefined;
    state.end = undefined;
  }
  return state;
}

/** Drops ids the dataset does not know; lists follow the dataset's (or the schema's) order. */
export function normalizeViewState(state: ViewState, dataset: Dataset): ViewState {
  const ordered = <T extends string>(values: readonly T[], order: readonly T[]) =>
    order.filter((value) => values.includes(value));
  return {
    ...state,
    party: ordered(
      state.party,
      dataset.parties.map((party) => party.id),
    ),
    track: ordered(
      state.track,
      dataset.tracks.map((track) => track.id),
    ),
    type: ordered(state.type, EVENT_TYPES),
    status: ordered(state.status, EVENT_STATUSES),
  };
}

/** Parameters for the state, without defaults. */
export function serializeViewState(state: ViewState): SearchParams {
  const params: SearchParams = {};
  if (state.party.length > 0) params.party = state.party.join(',');
  if (state.match !== 'any') params.match = state.match;
  if (state.type.length > 0) params.type = state.type.join(',');
  if (state.track.length > 0) params.track = state.track.join(',');
  if (state.status.length > 0) params.status = state.status.join(',');
  if (state.from) params.from = state.from;
  if (state.to) params.to = state.to;
  if (state.q.trim()) params.q = state.q;
  if (state.group !== 'track') params.group = state.group;
  if (state.view !== 'timeline') params.view = state.view;
  if (!state.eras) params.eras = '0';
  if (state.start && state.end) {
    params.start = state.start;
    params.end = state.end;
  }
  if (state.embed) params.embed = '1';
  return params;
}

/** True when any filter (not grouping or window) narrows the events. */
export function hasActiveFilters(state: Filters): boolean {
  return (
    state.party.length > 0 ||
    state.type.length > 0 ||
    state.track.length > 0 ||
    state.status.length > 0 ||
    state.from !== undefined ||
    state.to !== undefined ||
    state.q.trim() !== ''
  );
}

/** Every filter at its default (grouping, view and window untouched). */
export const NO_FILTERS: Filters = {
  party: DEFAULT_VIEW_STATE.party,
  match: DEFAULT_VIEW_STATE.match,
  type: DEFAULT_VIEW_STATE.type,
  track: DEFAULT_VIEW_STATE.track,
  status: DEFAULT_VIEW_STATE.status,
  from: DEFAULT_VIEW_STATE.from,
  to: DEFAULT_VIEW_STATE.to,
  q: DEFAULT_VIEW_STATE.q,
};
