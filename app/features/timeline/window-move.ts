/**
 * Whose move a window change is. vis reports every settled window ('rangechanged'), whether the
 * user dragged or zoomed, or the app moved it (a fit, a link, bringing an event into view), and a
 * move without animation is reported 200 ms late, perhaps about a window vis has since left. Only
 * the user's moves are written to the URL.
 */
import type { TimeWindow } from './types.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Both edges within `tolerance` ms of each other. */
export function sameWindow(a: TimeWindow, b: TimeWindow, tolerance = DAY): boolean {
  return Math.abs(a.start - b.start) < tolerance && Math.abs(a.end - b.end) < tolerance;
}

export type WindowMove =
  /** About a window vis has already left: ignore. */
  | 'stale'
  /** The app's own move (or one before the timeline is ready, or while it brings an event into view). */
  | 'app'
  /** The user's move: share it. */
  | 'user';

export function classifyMove(report: {
  /** The window reported. */
  next: TimeWindow;
  /** vis's window now. */
  current: TimeWindow;
  /** The last window the app set itself, if it has not been left since. */
  appWindow: TimeWindow | undefined;
  ready: boolean;
  /** The app is bringing an event into view (its animation may be reported late). */
  focusing: boolean;
  /** An empty timeline has no window worth sharing. */
  empty: boolean;
}): WindowMove {
  const { next, current, appWindow } = report;
  if (!sameWindow(next, current, MINUTE)) return 'stale';
  if (appWindow && sameWindow(appWindow, next)) return 'app';
  if (!report.ready || report.focusing || report.empty) return 'app';
  return 'user';
}
