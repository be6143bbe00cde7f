/**
 * Paging for the chronology: long lists render a page at a time and grow as the reader nears the
 * end, while the selected event is always among the rendered entries.
 */
import { useEffect, useState, type RefObject } from 'react';
import type { TimelineEvent } from '../../../domain/dataset-schema.ts';

/**
 * Long lists render in pages of this many entries and grow as the reader scrolls near the end
 * (or presses "Show more", or walks past the last entry with the keys): rendering 10,000 links at
 * once took seconds on every filter change. Lists up to one page render whole.
 */
export const LIST_PAGE = 250;

/**
 * The list's first render, part of the page's first paint, draws this many entries (and the
 * selected one); the rest follow in tasks of their own, each drawing as many again as are
 * there (24, 48, 96 …), so the first paint is not held up by entries below the fold and no task
 * draws the whole page (entries are memoized: each task draws only its new ones). A new result
 * set (a filter changed, a word typed) starts over the same way, so the frame that shows the
 * change in the timeline and the counts does not wait for entries further down.
 */
const FIRST_PAINT = 24;

/** How many entries to render: a page, or up to the selected event so that it is there. */
function initialLimit(events: readonly TimelineEvent[], selectedId: string | undefined): number {
  if (events.length <= LIST_PAGE || selectedId === undefined) return LIST_PAGE;
  const index = events.findIndex((event) => event.id === selectedId);
  return index < LIST_PAGE ? LIST_PAGE : Math.ceil((index + 1) / LIST_PAGE) * LIST_PAGE;
}

const indexOf = (events: readonly TimelineEvent[], id: string | undefined) =>
  id === undefined ? -1 : events.findIndex((event) => event.id === id);

/** Whether the list is its own scroll box (wider screens) or part of the page (phones). */
const scrolls = (element: HTMLElement | null) =>
  element !== null && getComputedStyle(element).overflowY !== 'visible';

export interface ListPaging {
  /** The entries to render now. */
  shown: readonly TimelineEvent[];
  /** How many events are not rendered yet. */
  remaining: number;
  showMore: () => void;
}

/**
 * The rendered part of `events`. `sentinelRef` marks the list's end (it grows when that scrolls
 * into view); `scrollerRef` is the list's scroll box, when it is one.
 */
export function useListPaging(
  events: readonly TimelineEvent[],
  selectedId: string | undefined,
  scrollerRef: RefObject<HTMLElement | null>,
  sentinelRef: RefObject<HTMLElement | null>,
): ListPaging {
  // A new result set starts again from its first page (state reset while rendering, not in an
  // effect, so the long list is never rendered once in full).
  const [paging, setPaging] = useState(() => ({
    events,
    limit: initialLimit(events, selectedId),
  }));
  let limit = paging.limit;
  const [warmth, setWarmth] = useState(FIRST_PAINT);
  let growth = warmth;
  if (paging.events !== events) {
    limit = initialLimit(events, selectedId);
    setPaging({ events, limit });
    growth = FIRST_PAINT;
    setWarmth(growth);
  } else if (selectedId !== undefined && limit < events.length) {
    const needed = initialLimit(events, selectedId);
    if (needed > limit) {
      limit = needed;
      setPaging({ events, limit });
    }
  }
  const warm = growth >= Math.min(limit, events.length);
  useEffect(() => {
    if (warm) return;
    // Ordinary updates in tasks of their own (not a transition, which other updates can hold
    // back: on a busy machine the list then stayed at its first entries for seconds).
    const timer = setTimeout(() => setWarmth((current) => current * 2), 0);
    return () => clearTimeout(timer);
  }, [warm, growth]);
  // "Show more" counts what the page holds back, not what the first paint does.
  const remaining = Math.max(0, events.length - limit);
  const cap = warm ? limit : Math.min(limit, Math.max(growth, indexOf(events, selectedId) + 1));
  const shown = cap >= events.length ? events : events.slice(0, cap);
  const showMore = () =>
    setPaging((current) =>
      current.events === events ? { events, limit: current.limit + LIST_PAGE } : current,
    );

  // Grow the list when its end scrolls into view.
  useEffect(() => {
    const sentinel = sentinelRef.current;
    if (!sentinel || remaining === 0) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) showMore();
      },
      // On phones the list scrolls with the page (no scroll box inside it): watch the viewport.
      { root: scrolls(scrollerRef.current) ? scrollerRef.current : null, rootMargin: '600px 0px' },
    );
    observer.observe(sentinel);
    return () => observer.disconnect();
  });

  return { shown, remaining, showMore };
}
