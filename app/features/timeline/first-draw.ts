/**
 * Part of the vis adapter: the first draw. vis is created empty and given its lanes and items
 * after its first draw: until then each change redraws all of vis at once, and an item in view
 * when vis receives it is drawn and measured on its own (a layout per item, ~45 ms for the
 * shipped 65 on this machine, far more for 800), while items that come into view when the window
 * moves are drawn in one batch. So vis starts on a window well before every item (`parkedWindow`;
 * its root stays hidden until the first move), is filled there, and is then moved to the initial
 * window.
 */
import type { Timeline } from 'vis-timeline/esnext';
import type { TimeWindow } from './types.ts';

const YEAR = 365.25 * 86_400_000;

/** Where vis is created: before `initial`, so no item is in view while vis is filled. */
export function parkedWindow(initial: TimeWindow | undefined): TimeWindow | undefined {
  if (!initial) return undefined;
  const span = initial.end - initial.start;
  return { start: initial.start - 3 * span - YEAR, end: initial.start - 2 * span - YEAR };
}

/**
 * vis only schedules the redraw for its first window, and changing the view from inside its
 * 'changed' handler leaves items unpositioned; so the fill, the move to `initial` and any view
 * change asked for meanwhile happen on the next task. With start/end options vis keeps its root
 * hidden until a 'rangechanged', which a move without animation emits only 200 ms later; an
 * "animation" that is already over (negative duration) applies the window at once and emits it
 * at once. The redraw asked for then shows the root and draws the items in one batch; `ready` is
 * called after that draw (or after ~5 s of asking vis to redraw, should it not).
 */
export function firstDraw(
  timeline: Timeline,
  container: HTMLElement,
  steps: {
    initial: TimeWindow | undefined;
    destroyed: () => boolean;
    /** Lanes and items in, for the initial window. */
    fill: () => void;
    /** At the initial window: apply the view changes asked for meanwhile. */
    drawn: () => void;
    ready: () => void;
  },
): void {
  let done = false;
  const rootVisible = () =>
    container.querySelector<HTMLElement>('.vis-timeline')?.style.visibility !== 'hidden';
  const reportReady = () => {
    if (done || steps.destroyed() || !rootVisible()) return;
    done = true;
    timeline.off('changed', reportReady);
    steps.ready();
  };
  let started = false;
  const start = () => {
    if (started || steps.destroyed()) return;
    started = true;
    timeline.off('changed', start);
    setTimeout(() => {
      if (steps.destroyed()) return;
      const { initial } = steps;
      steps.fill();
      if (initial)
        timeline.setWindow(initial.start, initial.end, {
          animation: { duration: -1, easingFunction: 'linear' },
        });
      steps.drawn();
      timeline.on('changed', reportReady);
      // Before its first full draw vis does not redraw for a move by itself.
      timeline.redraw();
      reportReady();
      let tries = 0;
      const nudge = () => {
        if (done || steps.destroyed()) return;
        timeline.redraw();
        if (++tries < 50) setTimeout(nudge, 100);
        else {
          done = true;
          steps.ready();
        }
      };
      setTimeout(nudge, 100);
    }, 0);
  };
  timeline.on('changed', start);
  // Should vis not report its first draw (a box laid out late), start anyway.
  setTimeout(start, 1000);
}
