import { DataSet } from 'vis-data/esnext';
import { describe, expect, it } from 'vitest';
import { syncDataSet } from './vis-sync.ts';

interface Entry {
  id: string;
  label: string;
  start: Date;
}

const entry = (id: string, label: string, day = 1): Entry => ({
  id,
  label,
  start: new Date(Date.UTC(2015, 11, day)),
});

/** A real vis-data DataSet, recording which ids each change event named. */
function watched() {
  const dataSet = new DataSet<Entry, 'id'>();
  const events: [string, string[]][] = [];
  dataSet.on('*', (name, params) => {
    if ('items' in params) events.push([name, params.items.map(String)]);
  });
  return { dataSet, events, sent: new Map<string, Entry>() };
}

describe('syncDataSet', () => {
  it('adds what is new, then sends only the entries that changed and removes what is gone', () => {
    const { dataSet, events, sent } = watched();
    syncDataSet(dataSet, sent, [entry('a', 'EPCA'), entry('b', 'PCA'), entry('c', 'Council')]);
    expect(events).toEqual([['add', ['a', 'b', 'c']]]);
    events.length = 0;

    // Fresh objects with equal values (dates included) are not sent again; a changed label is.
    syncDataSet(dataSet, sent, [entry('a', 'EPCA'), entry('b', 'СПС'), entry('d', 'Visa')]);
    expect(events).toEqual([
      ['remove', ['c']],
      ['add', ['d']],
      ['update', ['b']],
    ]);
    expect(dataSet.getIds().sort()).toEqual(['a', 'b', 'd']);
    expect(dataSet.get('b')?.label).toBe('СПС');
  });

  it('sends nothing when nothing changed, and a moved date counts as a change', () => {
    const { dataSet, events, sent } = watched();
    syncDataSet(dataSet, sent, [entry('a', 'EPCA', 21)]);
    events.length = 0;
    syncDataSet(dataSet, sent, [entry('a', 'EPCA', 21)]);
    expect(events).toEqual([]);
    syncDataSet(dataSet, sent, [entry('a', 'EPCA', 22)]);
    expect(events).toEqual([['update', ['a']]]);
    expect(dataSet.get('a')?.start).toEqual(new Date(Date.UTC(2015, 11, 22)));
  });
});
