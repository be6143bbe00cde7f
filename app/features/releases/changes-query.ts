import { queryOptions } from '@tanstack/react-query';
import type { ReleaseDiff } from '../../domain/release-diff.ts';

/** Where the build writes the current release's changes (scripts/prerender.ts). */
export const CHANGES_URL = `${import.meta.env.BASE_URL}data/changes.json`;

const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Just enough checking that a stale or foreign file is refused, not shown wrong. */
function isReleaseDiff(value: unknown): value is ReleaseDiff {
  if (value === null || typeof value !== 'object') return false;
  const diff = value as Record<string, unknown>;
  return (
    typeof diff.version === 'string' &&
    typeof diff.previous === 'string' &&
    isStrings(diff.added) &&
    Array.isArray(diff.changed) &&
    diff.changed.every(
      (item: unknown) =>
        typeof item === 'object' &&
        item !== null &&
        typeof (item as { id?: unknown }).id === 'string' &&
        isStrings((item as { fields?: unknown }).fields),
    ) &&
    Array.isArray(diff.removed)
  );
}

export const changesQuery = () =>
  queryOptions({
    queryKey: ['release-changes', CHANGES_URL],
    queryFn: async ({ signal }): Promise<ReleaseDiff> => {
      const response = await fetch(CHANGES_URL, { signal });
      if (!response.ok) throw new Error(`HTTP ${String(response.status)}`);
      const json: unknown = await response.json();
      if (!isReleaseDiff(json)) throw new Error('not a list of changes');
      return json;
    },
    staleTime: Number.POSITIVE_INFINITY,
    retry: 1,
  });
