import { describe, expect, it } from 'vitest';
import { parkedWindow } from './first-draw.ts';

describe('parkedWindow', () => {
  it('parks vis on a window of the same span that ends well before the first one', () => {
    const initial = { start: 1000, end: 2000 };
    const parked = parkedWindow(initial);
    expect(parked && parked.end - parked.start).toBe(1000);
    expect(parked && parked.end).toBeLessThan(initial.start - 1000);
    expect(parkedWindow(undefined)).toBeUndefined();
  });
});
