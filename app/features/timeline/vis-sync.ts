import type { DataSet } from 'vis-data/esnext';

/** Part of the vis adapter (vis-adapter.ts): how entries reach vis-data. */

const sameValue = (a: unknown, b: unknown) =>
  a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : Object.is(a, b);

function sameEntry(a: object, b: object): boolean {
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((key) =>
    sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/**
 * Brings a DataSet to `next`, sending only what changed: vis redraws every entry it is given, an
 * updated item on its own (a layout each), so a window feed that keeps most items, or lanes that
 * did not change, cost nothing. (Removing and adding changed items again is no better: vis draws
 * each added item on its own too.) `sent` is what the DataSet was last given; keep it with it.
 */
export function syncDataSet<T extends { id: string }>(
  dataSet: DataSet<T>,
  sent: Map<string, T>,
  next: readonly T[],
): void {
  const keep = new Set(next.map((entry) => entry.id));
  const gone = [...sent.keys()].filter((id) => !keep.has(id));
  const changed = next.filter((entry) => {
    const previous = sent.get(entry.id);
    return !previous || !sameEntry(previous, entry);
  });
  for (const id of gone) sent.delete(id);
  for (const entry of changed) sent.set(entry.id, entry);
  if (gone.length > 0) dataSet.remove(gone);
  if (changed.length > 0) dataSet.update(changed as Parameters<DataSet<T>['update']>[0]);
}
