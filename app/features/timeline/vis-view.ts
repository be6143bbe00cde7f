/**
 * Part of the vis adapter: what the timeline shows and where. It keeps the selection controlled
 * by the app, moves the window for links, fits and events brought into view, and tells the
 * user's own moves (shared in the URL) from the app's (see window-move.ts).
 */
import type { DataSet } from 'vis-data/esnext';
import type { Timeline } from 'vis-timeline/esnext';
import type { TimeWindow, TimelineItemSpec } from './types.ts';
import type { ItemData } from './vis-items.ts';
import { classifyMove, sameWindow } from './window-move.ts';

const YEAR = 365.25 * 86_400_000;
const GLIDE = { duration: 250, easingFunction: 'easeInOutQuad' } as const;
/** How the app's own moves animate: a short glide, or none for a reader who asked for less motion. */
const animation = () => !matchMedia('(prefers-reduced-motion: reduce)').matches && GLIDE;

/** What the view needs of the adapter that owns vis. */
export interface ViewHost {
  timeline: Timeline;
  items: DataSet<ItemData>;
  /** Runs now once vis has drawn, else right after its first draw. */
  whenDrawn: (change: () => void) => void;
  ready: () => boolean;
  /** No events at all: no window worth sharing. */
  empty: () => boolean;
  itemsByEvent: () => ReadonlyMap<string, readonly string[]>;
  /** The event's first item among all the app wants drawn (fed or not). */
  eventItem: (eventId: string) => TimelineItemSpec | undefined;
  /** Gives vis the items for a window now. */
  feed: (window: TimeWindow) => void;
  /** The window moved: lay the items out again soon. */
  moved: () => void;
  extent: () => TimeWindow | undefined;
  onSelect: (eventId: string) => void;
  onWindowChange: (window: TimeWindow) => void;
}

export class VisView {
  readonly #host: ViewHost;
  #selected: string | undefined;
  #preview: string | undefined;
  /** The event the user just clicked, so selecting it does not move the view under the pointer. */
  #clicked: string | undefined;
  /** The last window the app set itself, so its 'rangechanged' is not reported back. */
  #appWindow: TimeWindow | undefined;
  #focusingUntil = 0;

  constructor(host: ViewHost, initial: TimeWindow | undefined) {
    this.#host = host;
    this.#appWindow = initial;
  }

  /** Marks and shows an event without opening it (keyboard focus in the list). */
  preview(eventId: string): void {
    this.#preview = eventId;
    this.applySelection();
    this.#bringIntoView(eventId);
  }

  /** Selects the event's items and, unless the user just clicked it, brings it into view. */
  select(eventId: string | undefined): void {
    this.#selected = eventId;
    this.#preview = undefined;
    this.applySelection();
    const clicked = this.#clicked === eventId;
    this.#clicked = undefined;
    if (eventId !== undefined && !clicked) this.#bringIntoView(eventId);
  }

  /** Moves to a window the app asks for (Back/Forward, a link), unless it is already there. */
  setWindow(window: TimeWindow): void {
    this.#host.whenDrawn(() => {
      if (!sameWindow(this.window(), window)) this.moveTo(window, false);
    });
  }

  /** "Show all events" / "Zoom to results": the user's move, shared like a drag's. */
  fit(animate = true): void {
    const extent = this.#host.extent();
    if (!extent) return;
    this.#host.whenDrawn(() => {
      this.#appWindow = undefined;
      this.#host.timeline.setWindow(extent.start, extent.end, {
        animation: animate ? animation() : false,
      });
    });
  }

  zoom(factor: number): void {
    const { timeline } = this.#host;
    if (factor > 0) timeline.zoomIn(factor, { animation: animation() });
    else timeline.zoomOut(-factor, { animation: animation() });
  }

  /** vis selected an item (a click or tap). */
  onItemSelected(itemId: string | number | undefined): void {
    const item = itemId === undefined ? undefined : this.#host.items.get(String(itemId));
    if (item?.count !== undefined) {
      // A period's count: open the period.
      this.applySelection();
      const end = (item.periodEnd ?? item.end ?? item.start) as Date;
      this.#host.timeline.setWindow(item.start, end, { animation: animation() });
      return;
    }
    // A click on empty space or an era: the app, not vis, decides what is selected.
    if (!item?.eventId) {
      this.applySelection();
      return;
    }
    this.#clicked = item.eventId;
    this.#host.onSelect(item.eventId);
  }

  /** vis settled on a window. */
  onRangeChanged(next: TimeWindow): void {
    const move = classifyMove({
      next,
      current: this.window(),
      appWindow: this.#appWindow,
      ready: this.#host.ready(),
      focusing: performance.now() < this.#focusingUntil,
      empty: this.#host.empty(),
    });
    if (move === 'stale') return;
    this.#host.moved();
    if (move === 'app') return;
    this.#appWindow = undefined;
    this.#host.onWindowChange(next);
  }

  window(): TimeWindow {
    const { start, end } = this.#host.timeline.getWindow();
    return { start: start.getTime(), end: end.getTime() };
  }

  /** The app's own move: not reported as the user's. */
  moveTo(window: TimeWindow, animate: boolean): void {
    this.#appWindow = window;
    this.#host.timeline.setWindow(window.start, window.end, {
      animation: animate ? animation() : false,
    });
  }

  applySelection(): void {
    const shown = this.#preview ?? this.#selected;
    const ids = shown === undefined ? [] : (this.#host.itemsByEvent().get(shown) ?? []);
    this.#host.timeline.setSelection([...ids]);
  }

  /**
   * An event that is only part of a period's count has no item: move to a window around it
   * small enough to draw it, and feed that window.
   */
  #reveal(eventId: string): string | undefined {
    const existing = this.#host.itemsByEvent().get(eventId)?.[0];
    if (existing !== undefined) return existing;
    const item = this.#host.eventItem(eventId);
    if (!item) return undefined;
    const current = this.window();
    const half = Math.min((current.end - current.start) / 2, YEAR / 4);
    const window = { start: item.start.getTime() - half, end: item.start.getTime() + half };
    this.#host.feed(window);
    this.moveTo(window, false);
    return this.#host.itemsByEvent().get(eventId)?.[0];
  }

  #bringIntoView(eventId: string): void {
    this.#host.whenDrawn(() => {
      const first = this.#reveal(eventId);
      if (first === undefined) return;
      this.applySelection();
      // vis centres the item and keeps the span: that window is the app's, not the user's, even
      // when a busy machine delivers its 'rangechanged' after the animation's time is up.
      const item = this.#host.items.get(first);
      const current = this.window();
      if (item) {
        const start = new Date(item.start).getTime();
        const middle = (start + new Date(item.end ?? item.start).getTime()) / 2;
        const half = (current.end - current.start) / 2;
        this.#appWindow = { start: middle - half, end: middle + half };
      }
      this.#focusingUntil = performance.now() + GLIDE.duration + 400;
      this.#host.timeline.focus(first, { zoom: false, animation: animation() });
    });
  }
}
