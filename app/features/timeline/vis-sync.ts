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

/** Runs `update` (a DataSet update of the entries `updated`, which it holds already). */
export type UpdateBatch = (
  updated: readonly { id: string; group?: unknown }[],
  update: () => void,
) => void;

/**
 * Brings a DataSet to `next`, sending only what changed: vis redraws every entry it is given, an
 * updated item on its own (a layout each), so a window feed that keeps most items, or lanes that
 * did not change, cost nothing. (Removing and adding changed items again is no better: vis draws
 * each added item on its own too.) `sent` is what the DataSet was last given; keep it with it.
 * `batch` wraps the update of entries vis already holds (see `batchedItemRedraws`).
 */
export function syncDataSet<T extends { id: string }>(
  dataSet: DataSet<T>,
  sent: Map<string, T>,
  next: readonly T[],
  batch: UpdateBatch = (_, update) => update(),
): void {
  const keep = new Set(next.map((entry) => entry.id));
  const gone = [...sent.keys()].filter((id) => !keep.has(id));
  const updated: T[] = [];
  const changed = next.filter((entry) => {
    const previous = sent.get(entry.id);
    if (!previous) return true;
    if (sameEntry(previous, entry)) return false;
    updated.push(entry);
    return true;
  });
  for (const id of gone) sent.delete(id);
  for (const entry of changed) sent.set(entry.id, entry);
  if (gone.length > 0) dataSet.remove(gone);
  if (changed.length > 0)
    batch(updated, () => dataSet.update(changed as Parameters<DataSet<T>['update']>[0]));
}

/** What `oneItemsRedraw` reaches of a vis-timeline lane (not in its types). */
interface VisGroup {
  _checkIfVisible: (
    this: VisGroup,
    item: { displayed: boolean },
    visible: unknown[],
    range: unknown,
  ) => void;
}

/**
 * Runs `change` (a removal, an addition and an update of the items DataSet, as `syncDataSet`
 * sends them) with one redraw of vis's items at its end. vis redraws them, measuring each lane,
 * when each of the three arrives (its ItemSet's DataSet listeners call `redraw` at once), and
 * again on its next frame: a filter change on the shipped dataset paid a 16 ms redraw for the
 * removal and a 12 ms one for the update. And vis draws each added item on its own as its lane
 * takes it (`Group.add`), measuring it at once: one layout per item, 50 ms for the shipped
 * dataset's filter cleared. Here the lanes only take new items; the redraw at the end draws those
 * in view as vis draws items that come into view (`Group._updateItemsInRange`): each step for
 * every item before the next, so one layout for all. An item moving lanes (already drawn) goes
 * vis's own way.
 */
export function oneItemsRedraw(timeline: object, change: () => void): void {
  const itemSet = (
    timeline as {
      itemSet?: { redraw: () => unknown; groups?: Record<string, VisGroup | undefined> };
    }
  ).itemSet;
  if (!itemSet || Object.hasOwn(itemSet, 'redraw')) {
    change();
    return;
  }
  const asked = { redraw: false };
  itemSet.redraw = () => {
    asked.redraw = true;
    return false;
  };
  const lanes: VisGroup[] = [];
  for (const lane of Object.values(itemSet.groups ?? {})) {
    if (!lane || Object.hasOwn(lane, '_checkIfVisible')) continue;
    const check = lane._checkIfVisible;
    lane._checkIfVisible = (item, visible, range) => {
      if (item.displayed) check.call(lane, item, visible, range);
    };
    lanes.push(lane);
  }
  try {
    change();
  } finally {
    for (const lane of lanes) Reflect.deleteProperty(lane, '_checkIfVisible');
    Reflect.deleteProperty(itemSet, 'redraw');
    if (asked.redraw) itemSet.redraw();
  }
}

/** What `batchedItemRedraws` reaches of vis-timeline's items (not in its types). */
interface VisItem {
  displayed: boolean;
  data: { group?: unknown };
  /** With `true`, vis's own redraw as steps: create, attach, write, measure, size, extras. */
  redraw(returnQueue: true): unknown;
  hide(): void;
}

/**
 * For an items DataSet: vis redraws an updated item at once, measuring it right after writing
 * its text, so a language switch (every item's text changes) cost one layout per item: 35–50 ms
 * of a 85 ms task on the shipped dataset, on a 2-core machine. This marks the updated items
 * that are on screen as not, so vis only marks them dirty, and then redraws them as vis itself
 * redraws the items that come into view (`Group._updateItemsInRange`): each step for every item
 * before the next, so one layout for all. An item vis replaced (its kind changed) is hidden as vis
 * would have; one moving lanes goes vis's own way.
 */
export function batchedItemRedraws(timeline: object): UpdateBatch {
  return (updated, update) => {
    const items = (timeline as { itemSet?: { items?: Record<string, VisItem | undefined> } })
      .itemSet?.items;
    const held: [string, VisItem][] = [];
    for (const { id, group } of updated) {
      const item = items?.[id];
      if (item?.displayed && item.data.group === group) {
        item.displayed = false;
        held.push([id, item]);
      }
    }
    try {
      update();
    } finally {
      const steps: (() => void)[][] = [];
      for (const [id, item] of held) {
        if (items?.[id] !== item) {
          item.displayed = true;
          item.hide();
          continue;
        }
        const queue = item.redraw(true);
        if (Array.isArray(queue)) steps.push(queue as (() => void)[]);
      }
      const length = Math.max(0, ...steps.map((queue) => queue.length));
      for (let step = 0; step < length; step++) for (const queue of steps) queue[step]?.();
    }
  };
}
