import { startTransition, useCallback, useEffect, useState } from 'react';

/** At the latest this long after the page's first render, what waited for the timeline comes. */
const LATEST_MS = 1500;

let firstPage = typeof document !== 'undefined';

/**
 * The app's first page draws its timeline before the filter column and what is below the
 * timeline (legend, where things stand, stories, the list): those are two thirds of the page's
 * elements, and rendering and laying them out first held the timeline's first items back by
 * ~60 ms at 1200 × 800. They come in the render after the timeline's first draw (`release`, a
 * transition, so it yields to the browser), or after LATEST_MS should the timeline not draw
 * (its chunk failed, a hidden tab). Nothing of them was on screen before: the prerendered page
 * is a page of its own, which the app's first commit replaces. Only the first page waits; later
 * ones (a language switch, an event opened) render whole.
 */
export function useTimelineFirst(timelineShown: boolean): { later: boolean; release: () => void } {
  const [held, setHeld] = useState(() => firstPage && timelineShown);
  const release = useCallback(() => startTransition(() => setHeld(false)), []);
  useEffect(() => {
    firstPage = false;
    if (!held) return;
    if (!timelineShown) {
      release();
      return;
    }
    const timer = setTimeout(release, LATEST_MS);
    return () => clearTimeout(timer);
  }, [held, timelineShown, release]);
  return { later: !held, release };
}
