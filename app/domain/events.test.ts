import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from './dataset-schema.ts';
import { groupByYear, neighbours } from './events.ts';

const event = (id: string, date: string) => ({ id, date }) as TimelineEvent;
const list = [event('a', '1995'), event('b', '1995-06'), event('c', '2015-12-21')];

describe('groupByYear', () => {
  it('groups sorted events under their years', () => {
    expect(groupByYear(list).map((g) => [g.year, g.events.map((e) => e.id)])).toEqual([
      [1995, ['a', 'b']],
      [2015, ['c']],
    ]);
  });
});

describe('neighbours', () => {
  it('finds the previous and next event, none past the ends', () => {
    expect(neighbours(list, 'b')).toEqual({ previous: list[0], next: list[2] });
    expect(neighbours(list, 'a').previous).toBeUndefined();
    expect(neighbours(list, 'c').next).toBeUndefined();
  });

  it('has none for an event not in the list', () => {
    expect(neighbours(list, 'zzz')).toEqual({ previous: undefined, next: undefined });
  });
});
