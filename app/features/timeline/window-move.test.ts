import { describe, expect, it } from 'vitest';
import { classifyMove, sameWindow } from './window-move.ts';

const DAY = 86_400_000;
const w = (start: number, end: number) => ({ start, end });
const base = {
  next: w(0, 100 * DAY),
  current: w(0, 100 * DAY),
  appWindow: undefined,
  ready: true,
  focusing: false,
  empty: false,
};

describe('sameWindow', () => {
  it('treats edges within a day as the same window', () => {
    expect(sameWindow(w(0, 10 * DAY), w(DAY / 2, 10 * DAY - DAY / 2))).toBe(true);
    expect(sameWindow(w(0, 10 * DAY), w(2 * DAY, 10 * DAY))).toBe(false);
  });
});

describe('classifyMove', () => {
  it('calls a drag or zoom by the user a user move', () => {
    expect(classifyMove(base)).toBe('user');
  });

  it('ignores a late report about a window vis has left', () => {
    expect(classifyMove({ ...base, current: w(5 * DAY, 105 * DAY) })).toBe('stale');
  });

  it('does not report the window the app set itself', () => {
    expect(classifyMove({ ...base, appWindow: w(0, 100 * DAY) })).toBe('app');
  });

  it('does not report moves before the first draw, while focusing an event, or when empty', () => {
    expect(classifyMove({ ...base, ready: false })).toBe('app');
    expect(classifyMove({ ...base, focusing: true })).toBe('app');
    expect(classifyMove({ ...base, empty: true })).toBe('app');
  });

  it('reports a user move away from the window the app set', () => {
    expect(classifyMove({ ...base, appWindow: w(-50 * DAY, 50 * DAY) })).toBe('user');
  });
});
