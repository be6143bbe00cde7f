import type { Dataset } from './dataset.ts';
import { FACETS, facetOptions, type FacetParam } from './facets.ts';
import { dateCodec, flagCodec, oneOfCodec, queryCodec, type Codec } from './url-codecs.ts';

/**
 * The one module that reads and writes the URL's query string. The router hands it the raw
 * search string (`parseSearch`) and validates it with `parseViewState`, which turns it into typed
 * state with defaults, dropping whatever is invalid and keeping the rest, so no link can throw.
 * `serializeViewState` writes it back without defaults, in one canonical order. The filter
 * facets' parameters come from the registry in `facets.ts`.
 */
export type SearchParams = Record<string, string>;

export const GROUP_MODES = ['track', 'type', 'party', 'none'] as const;
export type GroupMode = (typeof GROUP_MODES)[number];
export const VIEW_MODES = ['timeline', 'list'] as const;
type ViewMode = (typeof VIEW_MODES)[number];
export const MATCH_MODES = ['any', 'all'] as const;
type MatchMode = (typeof MATCH_MODES)[number];

/** Each facet's chosen option ids. */
type FacetFilters = { [P in FacetParam]: readonly string[] };

// Type aliases rather than interfaces: a state is also a plain record of search values
// (stringifySearch, parseViewState take one).
export type Filters = FacetFilters & {
  /** How the chosen options of a `matchable` facet (parties) combine. */
  match: MatchMode;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, inclusive. */
  from: string | undefined;
  to: string | undefined;
  q: string;
};

export type ViewState = Filters & {
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
};

/** The URL's parameters as written: each optional, each a string. */
export type SearchInput = { [K in keyof ViewState]?: string };

type Codecs<T> = { [K in keyof T]-?: Codec<T[K]> };

const FACET_CODECS = Object.fromEntries(
  FACETS.map((facet) => [facet.param, facet.codec]),
) as Codecs<FacetFilters>;

const FILTER_CODECS: Codecs<Filters> = {
  ...FACET_CODECS,
  match: oneOfCodec(MATCH_MODES, 'any'),
  from: dateCodec(),
  to: dateCodec(),
  q: queryCodec,
};

const CODECS: Codecs<ViewState> = {
  ...FILTER_CODECS,
  group: oneOfCodec(GROUP_MODES, 'track'),
  view: oneOfCodec(VIEW_MODES, 'timeline'),
  eras: flagCodec(true),
  start: dateCodec(true),
  end: dateCodec(true),
  embed: flagCodec(false),
};

/** Parameters in the order they are written: the facets (a matchable one with `match`), then the rest. */
export const CANONICAL_ORDER: readonly (keyof ViewState)[] = [
  ...FACETS.flatMap((facet): (keyof ViewState)[] =>
    facet.matchable ? [facet.param, 'match'] : [facet.param],
  ),
  ...(['from', 'to', 'q', 'group', 'view', 'eras', 'start', 'end', 'embed'] as const),
];

const FILTER_KEYS = Object.keys(FILTER_CODECS) as (keyof Filters)[];

const defaults = <T>(codecs: Codecs<T>): T =>
  Object.fromEntries(
    Object.entries(codecs).map(([key, codec]) => [key, (codec as Codec<unknown>).default]),
  ) as T;

export const DEFAULT_VIEW_STATE: ViewState = defaults(CODECS);
/** Every filter at its default (grouping, view and window untouched). */
export const NO_FILTERS: Filters = defaults(FILTER_CODECS);

const MAX_VALUE_LENGTH = 2000;

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

const isViewState = (
  search: Record<string, unknown>,
): search is Record<string, unknown> & ViewState =>
  typeof search.eras === 'boolean' && Array.isArray(search.party);

/**
 * The query string for a search object. A validated `ViewState` (what `search: true` keeps) is
 * serialized; raw parameters (what `serializeViewState` gives, or a link as it came) are written
 * as they are, so a junk or non-canonical link stays visible to the canonical redirect. Known
 * parameters come first in the canonical order, then any others by name.
 */
export function stringifySearch(search: Record<string, unknown>): string {
  let text = written.get(search);
  if (text === undefined) written.set(search, (text = writeSearch(search)));
  return text;
}

/**
 * Query strings already written, by search object: the router builds every link's address from
 * the same (never mutated) search object, and a list of a hundred links kept each one's filters
 * (`search: true`) writing it a hundred times (12 ms of a 70 ms filter change).
 */
const written = new WeakMap<Record<string, unknown>, string>();

function writeSearch(search: Record<string, unknown>): string {
  const raw: Record<string, unknown> = isViewState(search) ? serializeViewState(search) : search;
  const order: readonly string[] = CANONICAL_ORDER;
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  const keys = Object.keys(raw)
    .filter((key) => typeof raw[key] === 'string' && raw[key] !== '')
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  if (keys.length === 0) return '';
  const params = new URLSearchParams();
  for (const key of keys) params.set(key, raw[key] as string);
  // Commas separate list values; keep them readable in shared links.
  return `?${params.toString().replaceAll('%2C', ',')}`;
}

/**
 * Typed state from parameters; anything invalid falls back to its default. Values already typed
 * (the router validates a search it validated before) go through their codec and back, so this
 * is idempotent.
 */
export function parseViewState(params: Partial<Record<string, unknown>>): ViewState {
  const read = (codec: Codec<unknown>, value: unknown) => {
    if (typeof value === 'string' || value === undefined) return codec.parse(value);
    try {
      return codec.parse(codec.write(value));
    } catch {
      return codec.default;
    }
  };
  const state = Object.fromEntries(
    Object.entries(CODECS).map(([key, codec]) => [key, read(codec as Codec<unknown>, params[key])]),
  ) as unknown as ViewState;
  if (state.from && state.to && state.from > state.to)
    [state.from, state.to] = [state.to, state.from];
  if (state.start && state.end && state.start >= state.end) {
    state.start = undefined;
    state.end = undefined;
  }
  return state;
}

/** Drops ids the dataset does not know; each facet's ids follow its options' order. */
export function normalizeViewState<T extends Filters>(state: T, dataset: Dataset): T {
  const next = { ...state };
  for (const facet of FACETS) {
    const chosen = state[facet.param];
    if (chosen.length === 0) continue;
    next[facet.param] = facetOptions(facet, dataset)
      .map((option) => option.id)
      .filter((id) => chosen.includes(id));
  }
  return next;
}

/** Parameters for the state, without defaults. */
export function serializeViewState(state: Partial<ViewState>): SearchInput {
  const full = { ...DEFAULT_VIEW_STATE, ...state };
  const params: SearchInput = {};
  for (const key of CANONICAL_ORDER) {
    const text = (CODECS[key] as Codec<unknown>).write(full[key]);
    if (text !== undefined && text !== '') params[key] = text;
  }
  // A window is written whole or not at all.
  if (params.start === undefined || params.end === undefined) {
    delete params.start;
    delete params.end;
  }
  return params;
}

/** The filters alone (not grouping, view or window). */
export function pickFilters(state: Filters): Filters {
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, state[key]])) as unknown as Filters;
}

/** How many options and dates are chosen (the badge on the phone's "Filters" button). */
export function activeFilterCount(state: Filters): number {
  return (
    FACETS.reduce((sum, facet) => sum + state[facet.param].length, 0) +
    (state.from ? 1 : 0) +
    (state.to ? 1 : 0)
  );
}

/** True when any filter (not grouping or window) narrows the events. */
export function hasActiveFilters(state: Filters): boolean {
  return activeFilterCount(state) > 0 || state.q.trim() !== '';
}
