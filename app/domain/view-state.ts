/**
 * The one module that reads and writes the URL's query string. The router hands it the raw search
 * string and gets back plain string values; each feature's state is parsed from there with
 * defaults, so unknown or malformed parameters never throw. Keys are written in one canonical
 * order so that equal states give equal URLs.
 */
export type SearchParams = Record<string, string>;

const MAX_VALUE_LENGTH = 2000;

/** Parameters in the order they are written; unknown keys follow, sorted. */
export const CANONICAL_ORDER: readonly string[] = [
  'party',
  'match',
  'type',
  'track',
  'status',
  'from',
  'to',
  'q',
  'group',
  'start',
  'end',
];

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
  const keys = Object.keys(search)
    .filter((key) => typeof search[key] === 'string' && search[key] !== '')
    .sort((a, b) => {
      const ia = CANONICAL_ORDER.indexOf(a);
      const ib = CANONICAL_ORDER.indexOf(b);
      if (ia !== -1 || ib !== -1) return (ia === -1 ? Infinity : ia) - (ib === -1 ? Infinity : ib);
      return a < b ? -1 : a > b ? 1 : 0;
    });
  if (keys.length === 0) return '';
  const params = new URLSearchParams();
  for (const key of keys) params.set(key, search[key] as string);
  // Commas separate list values; keep them readable in shared links.
  return `?${params.toString().replaceAll('%2C', ',')}`;
}
