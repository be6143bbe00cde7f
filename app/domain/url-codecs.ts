import { parsePartialDate } from './partial-date.ts';

/**
 * How one URL parameter is read and written. `parse` never throws: anything it cannot read is
 * the default. `write` gives `undefined` for the default, which is left out of the URL.
 */
export interface Codec<T> {
  readonly default: T;
  parse(raw: string | undefined): T;
  write(value: T): string | undefined;
}

const MAX_LIST_ITEMS = 50;
const MAX_QUERY_LENGTH = 200;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const isSlug = (item: string): boolean => item.length <= 100 && SLUG.test(item);
export const isOneOf =
  (options: readonly string[]) =>
  (item: string): boolean =>
    options.includes(item);

/** A comma-separated list of ids, each accepted by `accept`; duplicates dropped. */
export function listCodec(accept: (item: string) => boolean): Codec<readonly string[]> {
  return {
    default: [],
    parse(raw) {
      if (!raw) return [];
      const items = raw
        .split(',')
        .map((item) => item.trim())
        .filter(accept);
      return [...new Set(items)].slice(0, MAX_LIST_ITEMS);
    },
    write: (value) => (value.length > 0 ? value.join(',') : undefined),
  };
}

/** One of a fixed set of words. */
export function oneOfCodec<T extends string>(options: readonly T[], fallback: T): Codec<T> {
  return {
    default: fallback,
    parse: (raw) => options.find((option) => option === raw) ?? fallback,
    write: (value) => (value === fallback ? undefined : value),
  };
}

/** `1` is on; anything else off (`?embed=1`). With `defaultOn`, `0` is off and anything else on. */
export function flagCodec(defaultOn: boolean): Codec<boolean> {
  return defaultOn
    ? { default: true, parse: (raw) => raw !== '0', write: (value) => (value ? undefined : '0') }
    : { default: false, parse: (raw) => raw === '1', write: (value) => (value ? '1' : undefined) };
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; with `dayOnly`, only a full day. */
export function dateCodec(dayOnly = false): Codec<string | undefined> {
  return {
    default: undefined,
    parse(raw) {
      if (raw === undefined) return undefined;
      const date = parsePartialDate(raw);
      return date && (!dayOnly || date.precision === 'day') ? raw : undefined;
    },
    write: (value) => value,
  };
}

/** Free text for the search box: no control characters, runs of spaces collapsed, bounded. */
export const queryCodec: Codec<string> = {
  default: '',
  parse: (raw) =>
    (raw ?? '')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trimStart()
      .slice(0, MAX_QUERY_LENGTH),
  write: (value) => (value.trim() ? value : undefined),
};
