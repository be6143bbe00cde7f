/**
 * The only module that touches vis-timeline and vis-data (eslint forbids them elsewhere).
 * It owns one Timeline for the lifetime of its container, syncs items and groups by diffing,
 * keeps the selection and the window controlled by the app, and builds all item text as DOM text
 * nodes, so dataset strings are never parsed as HTML (vis-timeline's own xss filter stays on too).
 */
import 'moment/dist/locale/kk';
import 'moment/dist/locale/ru';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type DataGroup, type DataItem, type TimelineOptions } from 'vis-timeline/esnext';
import { syncDataSet } from './vis-sync.ts';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { feed, type FeedItem } from './feed.ts';

export interface TimelineItemSpec {
  /** Unique per item; an event shown in several lanes has several items. */
  id: string;
  eventId: string;
  group?: string;
  start: Date;
  /** Exclusive end, for events drawn as ranges; absent for a box. */
  end?: Date;
  label: string;
  /** The language the label is really in. */
  labelLang: string;
  className: string;
}

export interface TimelineGroupSpec {
  id: string;
  label: string;
  labelLang: string;
}

export interface VisStrings {
  current: string;
  time: string;
  deleteSelected: string;
}

export interface TimeWindow {
  start: number;
  end: number;
}

interface Callbacks {
  /** Text and tooltip of a period's count of events, in the interface language. */
  countLabel: (count: number) => { label: string; title: string };
  onSelect: (eventId: string) => void;
  /** The first draw is done: items are placed and the initial window is set. */
  onReady: () => void;
  /** The user moved or zoomed the window (not the app). */
  onWindowChange: (window: TimeWindow) => void;
}

type ItemData = DataItem & {
  id: string;
  eventId: string;
  label: string;
  labelLang: string;
  /** Set on a period's count of events. */
  count?: number;
  periodEnd?: Date;
};
type GroupData = DataGroup & { id: string; label: string; labelLang: string };

function textElement(
  text: string,
  lang: string,
  className: string,
  eventId?: string,
  title = text,
): HTMLElement {
  const span = document.createElement('span');
  if (eventId) span.dataset.id = eventId;
  span.className = className;
  span.lang = lang;
  span.textContent = text;
  span.title = title;
  return span;
}

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;
const YEAR = 365.25 * DAY;
const ANIMATION = { duration: 250, easingFunction: 'easeInOutQuad' } as const;

export class VisTimeline {
  readonly #timeline: Timeline;
  readonly #items = new DataSet<ItemData>();
  readonly #groups = new DataSet<GroupData>();
  /** What was last given to each DataSet, to send vis only the entries that changed. */
  readonly #sentItems = new Map<string, ItemData>();
  readonly #sentGroups = new Map<string, GroupData>();
  readonly #container: HTMLElement;
  #itemsByEvent = new Map<string, string[]>();
  /** Every item the app wants drawn; vis holds only what feed() picks of them. */
  #all: readonly TimelineItemSpec[] = [];
  #allByEvent = new Map<string, TimelineItemSpec>();
  #groupSpecs: readonly TimelineGroupSpec[] | undefined;
  #refeedTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #countLabel: Callbacks['countLabel'];
  #selected: string | undefined;
  #preview: string | undefined;
  #drawn = false;
  #destroyed = false;
  #pendingViews: (() => void)[] = [];
  /** The event the user just clicked, so selecting it does not move the view under the pointer. */
  #clicked: string | undefined;
  #lang = '';
  #grouped: boolean;
  /** The last window the app set itself, so its 'rangechanged' is not reported back. */
  #appWindow: TimeWindow | undefined;
  #focusingUntil = 0;
  #ready = false;

  constructor(
    container: HTMLElement,
    callbacks: Callbacks,
    options: {
      lang: string;
      strings: VisStrings;
      /** Accessible name of the lane labels, which scroll and so must be reachable by keyboard. */
      lanesLabel: string;
      groups: readonly TimelineGroupSpec[] | undefined;
      items: readonly TimelineItemSpec[];
      /** The window to open on (from a shared link); else around `focusId`; else all items. */
      window?: TimeWindow | undefined;
      focusId?: string | undefined;
    },
  ) {
    this.#container = container;
    this.#countLabel = callbacks.countLabel;
    this.#grouped = options.groups !== undefined;
    this.#remember(options.groups, options.items);
    const focusItem =
      options.focusId === undefined ? undefined : this.#allByEvent.get(options.focusId);
    const centre = focusItem?.start.getTime();
    const initial =
      options.window ??
      (centre === undefined
        ? this.#extent()
        : { start: centre - 2 * YEAR, end: centre + 2 * YEAR });
    // vis is created empty and given its lanes and items after its first draw: until then each
    // change redraws all of vis at once, and an item in view when vis receives it is drawn and
    // measured on its own (a layout per item, ~45 ms for the shipped 65 on this machine, far
    // more for 800), while items that come into view when the window moves are drawn in one
    // batch. So vis starts on a window well before every item (its root stays hidden until the
    // first move), is filled there, and is then moved to `initial` (below).
    const parked = initial && {
      start: initial.start - 3 * (initial.end - initial.start) - YEAR,
      end: initial.start - 2 * (initial.end - initial.start) - YEAR,
    };
    const timelineOptions: TimelineOptions = {
      ...(parked ? { start: parked.start, end: parked.end } : {}),
      height: '100%',
      verticalScroll: true,
      // Plain wheel scrolls the page and the lanes; Ctrl + wheel (and trackpad pinch) zooms.
      zoomKey: 'ctrlKey',
      orientation: { axis: 'top', item: 'top' },
      // Boxes start at their date; their coloured left edge marks the day.
      align: 'left',
      stack: true,
      showCurrentTime: false,
      selectable: true,
      multiselect: false,
      zoomMin: 30 * DAY,
      zoomMax: 100 * YEAR,
      margin: { item: { horizontal: 4, vertical: 6 }, axis: 6 },
      locale: options.lang,
      locales: { kk: options.strings },
      template: (item?: ItemData) => {
        if (item?.count !== undefined) {
          // A period's count of events (a click zooms into it).
          const { label, title } = this.#countLabel(item.count);
          return textElement(label, this.#lang, 'bt-count-label', undefined, title);
        }
        return item
          ? textElement(item.label, item.labelLang, 'bt-item-label', item.eventId)
          : document.createElement('span');
      },
      groupTemplate: (group?: GroupData) =>
        group
          ? textElement(group.label, group.labelLang, 'bt-group-label')
          : document.createElement('span'),
    };
    this.#timeline = this.#grouped
      ? new Timeline(container, this.#items, this.#groups, timelineOptions)
      : new Timeline(container, this.#items, timelineOptions);
    this.#lang = options.lang;
    const lanes = container.querySelector<HTMLElement>('.vis-panel.vis-left');
    if (lanes) {
      lanes.tabIndex = 0;
      lanes.setAttribute('role', 'region');
      lanes.setAttribute('aria-label', options.lanesLabel);
    }

    // vis only schedules the redraw for its first window, and changing the view from inside its
    // 'changed' handler leaves items unpositioned; so the move from the parked window to
    // `initial`, and any view change asked for meanwhile, happen on the next task. With start/end
    // options vis keeps its root hidden until a 'rangechanged', which a move without animation
    // emits only 200 ms later; an "animation" that is already over (negative duration) applies
    // the window at once and emits it at once. The redraw asked for then shows the root and draws
    // the items in one batch; ready is reported after that draw.
    const rootVisible = () =>
      container.querySelector<HTMLElement>('.vis-timeline')?.style.visibility !== 'hidden';
    const reportReady = () => {
      if (this.#ready || this.#destroyed || !rootVisible()) return;
      this.#ready = true;
      this.#timeline.off('changed', reportReady);
      callbacks.onReady();
    };
    let started = false;
    this.#timeline.on('changed', () => {
      if (started) return;
      started = true;
      setTimeout(() => {
        if (this.#destroyed) return;
        this.#drawn = true;
        this.#syncGroups();
        this.#feed(initial);
        if (initial)
          this.#timeline.setWindow(initial.start, initial.end, {
            animation: { duration: -1, easingFunction: 'linear' },
          });
        for (const change of this.#pendingViews.splice(0)) change();
        this.#timeline.on('changed', reportReady);
        // Before its first full draw vis does not redraw for a move by itself.
        this.#timeline.redraw();
        reportReady();
        // Should vis not redraw by itself, ask it to (and give up waiting after ~5 s).
        let tries = 0;
        const nudge = () => {
          if (this.#ready || this.#destroyed) return;
          this.#timeline.redraw();
          if (++tries < 50) setTimeout(nudge, 100);
          else {
            this.#ready = true;
            callbacks.onReady();
          }
        };
        setTimeout(nudge, 100);
      }, 0);
    });
    this.#timeline.on('select', (properties: { items: (string | number)[] }) => {
      const itemId = properties.items[0];
      const item = itemId === undefined ? undefined : this.#items.get(String(itemId));
      if (item?.count !== undefined) {
        // A period's count: open the period.
        this.#applySelection();
        this.#timeline.setWindow(item.start, item.periodEnd ?? item.end ?? item.start, {
          animation: ANIMATION,
        });
        return;
      }
      const eventId = item?.eventId;
      if (eventId === undefined) {
        // A click on empty space: the app, not vis, decides what is selected.
        this.#applySelection();
        return;
      }
      this.#clicked = eventId;
      callbacks.onSelect(eventId);
    });
    // Report every settled window the app did not ask for itself: drags, wheel and pinch zoom,
    // and the zoom and fit buttons (vis flags only the first kinds as byUser).
    this.#appWindow = initial;
    this.#timeline.on('rangechanged', (properties: { start: Date; end: Date }) => {
      const next = { start: properties.start.getTime(), end: properties.end.getTime() };
      // A move without animation reports 'rangechanged' 200 ms later, by then perhaps about a
      // window vis has since left (its first window, parked before the items): not news.
      const now = this.#timeline.getWindow();
      if (
        Math.abs(now.start.getTime() - next.start) > MINUTE ||
        Math.abs(now.end.getTime() - next.end) > MINUTE
      )
        return;
      this.#refeedSoon(next);
      const app = this.#appWindow;
      if (app && Math.abs(app.start - next.start) < DAY && Math.abs(app.end - next.end) < DAY)
        return;
      // Bringing a selected event into view is the app's move, not a window to share; so is
      // anything before the first draw is done.
      // An empty timeline has no window worth sharing.
      if (!this.#ready || performance.now() < this.#focusingUntil || this.#items.length === 0)
        return;
      this.#appWindow = undefined;
      callbacks.onWindowChange(next);
    });
  }

  setLocale(lang: string, strings: VisStrings, lanesLabel: string): void {
    if (lang === this.#lang) return;
    this.#lang = lang;
    this.#container.querySelector('.vis-panel.vis-left')?.setAttribute('aria-label', lanesLabel);
    this.#timeline.setOptions({ locale: lang, locales: { kk: strings } });
  }

  /** Upserts what changed and removes what is gone; vis redraws once per call. */
  setData(
    groups: readonly TimelineGroupSpec[] | undefined,
    items: readonly TimelineItemSpec[],
  ): void {
    const grouped = groups !== undefined;
    if (grouped !== this.#grouped) {
      // vis cannot switch between grouped and ungrouped items in place.
      this.#items.clear();
      this.#sentItems.clear();
      this.#grouped = grouped;
      this.#timeline.setGroups(grouped ? this.#groups : undefined);
    }
    const wasEmpty = this.#items.length === 0;
    this.#remember(groups, items);
    this.#syncGroups();
    const current = this.#timeline.getWindow();
    this.#feed({ start: current.start.getTime(), end: current.end.getTime() });
    this.#applySelection();
    // Items appearing in an empty timeline (filters cleared) would sit outside its window.
    if (wasEmpty && items.length > 0) this.#fitQuietly();
  }

  #fitQuietly(): void {
    const extent = this.#extent();
    if (!extent) return;
    this.#whenDrawn(() => {
      this.#appWindow = extent;
      this.#timeline.setWindow(extent.start, extent.end, { animation: false });
    });
  }

  /** Lanes change only with the data, never with the window: synced with it, not on every feed. */
  #syncGroups(): void {
    const groupData: GroupData[] = (this.#groupSpecs ?? []).map((group, order) => ({
      id: group.id,
      content: group.label,
      label: group.label,
      labelLang: group.labelLang,
      order,
    }));
    syncDataSet(this.#groups, this.#sentGroups, groupData);
  }

  #remember(
    groups: readonly TimelineGroupSpec[] | undefined,
    items: readonly TimelineItemSpec[],
  ): void {
    this.#groupSpecs = groups;
    this.#all = items;
    this.#allByEvent = new Map();
    for (const item of items)
      if (!this.#allByEvent.has(item.eventId)) this.#allByEvent.set(item.eventId, item);
  }

  /** Gives vis the items feed() picks for a window (see feed.ts), as a diff. */
  #feed(window: TimeWindow | undefined): void {
    const grouped = this.#groupSpecs !== undefined;
    const plot = this.#container.querySelector('.vis-panel.vis-center')?.clientWidth;
    const width = plot || Math.max(160, (this.#container.clientWidth || 1000) - 190);
    const picked: FeedItem[] = window
      ? feed(this.#all, window, undefined, Math.max(4, Math.floor(width / 48)))
      : [...this.#all];
    this.#itemsByEvent = new Map();
    const itemData: ItemData[] = picked.map((item) => {
      if (item.count === undefined) {
        const list = this.#itemsByEvent.get(item.eventId);
        if (list) list.push(item.id);
        else this.#itemsByEvent.set(item.eventId, [item.id]);
      }
      return {
        id: item.id,
        eventId: item.eventId,
        content: item.label,
        label: item.label,
        // A count is written in the interface language: a language switch must redraw it even
        // where the events' titles fall back to the same language.
        labelLang: item.count === undefined ? item.labelLang : this.#lang,
        start: item.start,
        ...(item.end ? { end: item.end, type: 'range' } : { type: 'box' }),
        ...(grouped ? { group: item.group } : {}),
        ...(item.count === undefined ? {} : { count: item.count, periodEnd: item.periodEnd }),
        className: item.className,
      };
    });
    syncDataSet(this.#items, this.#sentItems, itemData);
  }

  /** After the window moved: a large set is fed again for the new window (small ones never). */
  #refeedSoon(window: TimeWindow): void {
    if (this.#all.length <= this.#items.length) return;
    clearTimeout(this.#refeedTimer);
    this.#refeedTimer = setTimeout(() => {
      if (this.#destroyed) return;
      this.#feed(window);
      this.#applySelection();
    }, 0);
  }

  /**
   * An event that is only part of a period's count has no item: move to a window around it
   * small enough to draw it, and feed that window.
   */
  #reveal(eventId: string): string | undefined {
    const existing = this.#itemsByEvent.get(eventId)?.[0];
    if (existing !== undefined) return existing;
    const item = this.#allByEvent.get(eventId);
    if (!item) return undefined;
    const current = this.#timeline.getWindow();
    const half = Math.min((current.end.getTime() - current.start.getTime()) / 2, YEAR / 4);
    const centre = item.start.getTime();
    const window = { start: centre - half, end: centre + half };
    this.#feed(window);
    this.#appWindow = window;
    this.#timeline.setWindow(window.start, window.end, { animation: false });
    return this.#itemsByEvent.get(eventId)?.[0];
  }

  /** Marks and shows an event without opening it (keyboard focus in the list). */
  preview(eventId: string): void {
    this.#preview = eventId;
    this.#applySelection();
    this.#bringIntoView(eventId);
  }

  /**
   * Selects the event's items; unless the user just clicked it, also brings it into view
   * (centred horizontally and scrolled to vertically), keeping the zoom.
   */
  select(eventId: string | undefined): void {
    this.#selected = eventId;
    this.#preview = undefined;
    this.#applySelection();
    const clicked = this.#clicked === eventId;
    this.#clicked = undefined;
    if (eventId !== undefined && !clicked) this.#bringIntoView(eventId);
  }

  #bringIntoView(eventId: string): void {
    this.#whenDrawn(() => {
      const first = this.#reveal(eventId);
      if (first === undefined) return;
      this.#applySelection();
      // vis centres the item and keeps the span: that window is the app's, not the user's, even
      // when a busy machine delivers its 'rangechanged' after the animation's time is up.
      const item = this.#items.get(first);
      const current = this.#timeline.getWindow();
      if (item) {
        const start = new Date(item.start).getTime();
        const middle = (start + new Date(item.end ?? item.start).getTime()) / 2;
        const half = (current.end.getTime() - current.start.getTime()) / 2;
        this.#appWindow = { start: middle - half, end: middle + half };
      }
      this.#focusingUntil = performance.now() + ANIMATION.duration + 400;
      this.#timeline.focus(first, { zoom: false, animation: ANIMATION });
    });
  }

  /** Moves to a window the app asks for (Back/Forward, a link), unless it is already there. */
  setWindow(window: TimeWindow): void {
    this.#whenDrawn(() => {
      const current = this.#timeline.getWindow();
      if (
        Math.abs(current.start.getTime() - window.start) < DAY &&
        Math.abs(current.end.getTime() - window.end) < DAY
      )
        return;
      this.#appWindow = window;
      this.#timeline.setWindow(window.start, window.end, { animation: false });
    });
  }

  /** Shows every item, with room on the right for the last labels. */
  fit(animate = true): void {
    const extent = this.#extent();
    if (!extent) return;
    this.#whenDrawn(() =>
      this.#timeline.setWindow(extent.start, extent.end, {
        animation: animate ? ANIMATION : false,
      }),
    );
  }

  zoom(factor: number): void {
    if (factor > 0) this.#timeline.zoomIn(factor, { animation: ANIMATION });
    else this.#timeline.zoomOut(-factor, { animation: ANIMATION });
  }

  destroy(): void {
    this.#destroyed = true;
    clearTimeout(this.#refeedTimer);
    this.#timeline.destroy();
  }

  #whenDrawn(change: () => void): void {
    if (this.#drawn) change();
    else this.#pendingViews.push(change);
  }

  /**
   * The window that shows every item. vis's own fit() also tries to fit each box's pixel width,
   * which on a phone zooms into a single decade; this pads by the width of one label instead.
   */
  #extent(): TimeWindow | undefined {
    let min = Infinity;
    let max = -Infinity;
    for (const item of this.#all) {
      min = Math.min(min, item.start.getTime());
      max = Math.max(max, (item.end ?? item.start).getTime());
    }
    if (min > max) return undefined;
    const width = this.#container.clientWidth || 1000;
    const plot = Math.max(160, width - (width < 640 ? 96 : 190));
    const label = width < 640 ? 150 : 230;
    const span = Math.max(max - min, YEAR);
    // On a phone the labels would need more room than the years; cap the padding there.
    const perPx = Math.min(span / Math.max(80, plot - label - 16), (1.5 * span) / plot);
    return { start: min - 8 * perPx, end: Math.min(max + (label + 8) * perPx, min + 1.5 * span) };
  }

  #applySelection(): void {
    const shown = this.#preview ?? this.#selected;
    const ids = shown === undefined ? [] : (this.#itemsByEvent.get(shown) ?? []);
    this.#timeline.setSelection(ids);
  }
}
