/**
 * The only module that creates vis-timeline (eslint forbids vis elsewhere; vis-items.ts,
 * first-draw.ts and vis-sync.ts are its parts). It owns one Timeline for the lifetime of its
 * container, syncs lanes and items by diffing, keeps the selection and the window controlled by
 * the app, and lays the overview out with layout.ts: every lane in the box, labels where they fit.
 */
import 'moment/dist/locale/kk';
import 'moment/dist/locale/ru';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { feed, type FeedItem } from './feed.ts';
import { firstDraw, parkedWindow } from './first-draw.ts';
import {
  erasLaneHeight,
  fitWindow,
  intervalRows,
  laneCounts,
  markerRows,
  METRICS,
  placeLabels,
  rowBudget,
} from './layout.ts';
import type {
  EraSpec,
  TimeWindow,
  TimelineGroupSpec,
  TimelineItemSpec,
  VisStrings,
} from './types.ts';
import {
  ERAS_LANE,
  eraData,
  groupData,
  itemData,
  renderItem,
  textElement,
  type GroupData,
  type ItemData,
} from './vis-items.ts';
import { syncDataSet } from './vis-sync.ts';
import { classifyMove, sameWindow } from './window-move.ts';

export type { TimeWindow } from './types.ts';

interface Callbacks {
  /** Text and tooltip of a period's count of events, in the interface language. */
  countLabel: (count: number) => { label: string; title: string };
  onSelect: (eventId: string) => void;
  /** The first draw is done: items are placed and the initial window is set. */
  onReady: () => void;
  /** The user moved or zoomed the window (not the app). */
  onWindowChange: (window: TimeWindow) => void;
}

export interface TimelineContent {
  groups: readonly TimelineGroupSpec[] | undefined;
  items: readonly TimelineItemSpec[];
  eras: readonly EraSpec[];
  /** Fitting spans the items only (filtered results), not up to today. */
  resultsOnly: boolean;
}

export interface TimelineTexts {
  lang: string;
  strings: VisStrings;
  /** Accessible name of the lane names, which scroll and so must be reachable by keyboard. */
  lanesLabel: string;
  /** The eras lane's name. */
  erasLabel: string;
  /** The label on the line at today's date. */
  today: string;
}

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;
const ANIMATION = { duration: 250, easingFunction: 'easeInOutQuad' } as const;
/** Below this width the timeline grows with its lanes and the page scrolls (no inner scroll box). */
const FILL_QUERY = '(min-width: 768px)';

type Phase = 'parked' | 'drawn' | 'ready' | 'destroyed';

export class VisTimeline {
  readonly #timeline: Timeline;
  readonly #container: HTMLElement;
  readonly #callbacks: Callbacks;
  readonly #items = new DataSet<ItemData>();
  readonly #groups = new DataSet<GroupData>();
  /** What was last given to each DataSet (see vis-sync.ts). */
  readonly #sent = { items: new Map<string, ItemData>(), groups: new Map<string, GroupData>() };
  #phase: Phase = 'parked';
  #pending: (() => void)[] = [];
  #content: TimelineContent;
  #texts: TimelineTexts;
  #allByEvent = new Map<string, TimelineItemSpec>();
  #itemsByEvent = new Map<string, string[]>();
  #view = { selected: undefined as string | undefined, preview: undefined as string | undefined };
  /** The event the user just clicked, so selecting it does not move the view under the pointer. */
  #clicked: string | undefined;
  /** The last window the app set itself, so its 'rangechanged' is not reported back. */
  #appWindow: TimeWindow | undefined;
  #focusingUntil = 0;
  #refeedTimer: ReturnType<typeof setTimeout> | undefined;
  #maxMinorChars = 7;
  readonly #fill = window.matchMedia(FILL_QUERY);
  readonly #resize: ResizeObserver;
  readonly #measure: (text: string) => number;

  constructor(
    container: HTMLElement,
    callbacks: Callbacks,
    options: TimelineContent &
      TimelineTexts & {
        /** The window to open on (from a shared link); else around `focusId`; else all items. */
        window?: TimeWindow | undefined;
        focusId?: string | undefined;
      },
  ) {
    this.#container = container;
    this.#callbacks = callbacks;
    this.#content = options;
    this.#texts = options;
    this.#remember();
    this.#measure = textMeasurer(container);
    const centre = options.focusId && this.#allByEvent.get(options.focusId)?.start.getTime();
    const initial =
      options.window ??
      (centre ? { start: centre - 2 * YEAR, end: centre + 2 * YEAR } : this.#extent());
    const parked = parkedWindow(initial);
    const timelineOptions: TimelineOptions = {
      ...(parked ? { start: parked.start, end: parked.end } : {}),
      ...this.#sizeOptions(),
      // Plain wheel scrolls the page and the lanes; Ctrl + wheel (and trackpad pinch) zooms.
      zoomKey: 'ctrlKey',
      orientation: { axis: 'top', item: 'top' },
      // Boxes start at their date; their coloured left edge marks the day.
      align: 'left',
      stack: true,
      showCurrentTime: true,
      selectable: true,
      multiselect: false,
      zoomMin: 30 * DAY,
      zoomMax: 100 * YEAR,
      margin: { item: { horizontal: 3, vertical: 3 }, axis: 3 },
      locale: options.lang,
      // Every language's strings (vis's own table lacks kk; the today line reads the current one).
      locales: { [options.lang]: options.strings },
      template: (item?: ItemData) => renderItem(item, callbacks.countLabel, this.#texts.lang),
      groupTemplate: (group?: GroupData) =>
        group
          ? textElement(
              group.label,
              group.labelLang || this.#texts.lang,
              group.id === ERAS_LANE ? 'bt-group-label bt-eras-lane' : 'bt-group-label',
            )
          : document.createElement('span'),
    };
    this.#timeline =
      options.groups !== undefined
        ? new Timeline(container, this.#items, this.#groups, timelineOptions)
        : new Timeline(container, this.#items, timelineOptions);
    this.#labelChrome();

    firstDraw(this.#timeline, container, {
      initial,
      destroyed: () => this.#phase === 'destroyed',
      fill: () => {
        this.#syncGroups();
        this.#feed(initial);
      },
      drawn: () => {
        this.#phase = 'drawn';
        for (const change of this.#pending.splice(0)) change();
      },
      ready: () => {
        this.#phase = 'ready';
        callbacks.onReady();
        // The plot's width is known only now that the lane names are drawn.
        this.#refeedSoon();
      },
    });
    this.#timeline.on('select', (properties: { items: (string | number)[] }) =>
      this.#onSelect(properties.items[0]),
    );
    this.#appWindow = initial;
    this.#timeline.on('rangechanged', (properties: { start: Date; end: Date }) =>
      this.#onRangeChanged({ start: properties.start.getTime(), end: properties.end.getTime() }),
    );
    this.#fill.addEventListener('change', this.#onMedia);
    // Labels are laid out for the plot's size: lay them out again when it changes (the box, or
    // the lane names' width).
    this.#resize = new ResizeObserver(() => this.#refeedSoon());
    this.#resize.observe(container);
    const plot = container.querySelector('.vis-panel.vis-center');
    if (plot) this.#resize.observe(plot);
  }

  setTexts(texts: TimelineTexts): void {
    if (texts.lang === this.#texts.lang) return;
    this.#texts = texts;
    this.#labelChrome();
    this.#timeline.setOptions({ locale: texts.lang, locales: { [texts.lang]: texts.strings } });
  }

  /** Upserts what changed and removes what is gone; vis redraws once per call. */
  setContent(content: TimelineContent): void {
    const grouped = content.groups !== undefined;
    if (grouped !== (this.#content.groups !== undefined)) {
      // vis cannot switch between grouped and ungrouped items in place.
      this.#items.clear();
      this.#sent.items.clear();
      this.#timeline.setGroups(grouped ? this.#groups : undefined);
    }
    const wasEmpty = this.#allByEvent.size === 0;
    this.#content = content;
    this.#remember();
    this.#syncGroups();
    this.#feed(this.#window());
    this.#applySelection();
    // Items appearing in an empty timeline (filters cleared) would sit outside its window.
    if (wasEmpty && content.items.length > 0) {
      const extent = this.#extent();
      if (extent) this.#moveTo(extent, false);
    }
  }

  /** Marks and shows an event without opening it (keyboard focus in the list). */
  preview(eventId: string): void {
    this.#view.preview = eventId;
    this.#applySelection();
    this.#bringIntoView(eventId);
  }

  /** Selects the event's items and, unless the user just clicked it, brings it into view. */
  select(eventId: string | undefined): void {
    this.#view = { selected: eventId, preview: undefined };
    this.#applySelection();
    const clicked = this.#clicked === eventId;
    this.#clicked = undefined;
    if (eventId !== undefined && !clicked) this.#bringIntoView(eventId);
  }

  /** Moves to a window the app asks for (Back/Forward, a link), unless it is already there. */
  setWindow(window: TimeWindow): void {
    this.#whenDrawn(() => {
      if (!sameWindow(this.#window(), window)) this.#moveTo(window, false);
    });
  }

  /** Shows every item: since the first, up to the last or today ("Zoom to results": the items). */
  fit(animate = true): void {
    const extent = this.#extent();
    if (!extent) return;
    // The user's move (a button): the window it settles on is shared like a drag's.
    this.#whenDrawn(() => {
      this.#appWindow = undefined;
      this.#timeline.setWindow(extent.start, extent.end, {
        animation: animate ? ANIMATION : false,
      });
    });
  }

  zoom(factor: number): void {
    if (factor > 0) this.#timeline.zoomIn(factor, { animation: ANIMATION });
    else this.#timeline.zoomOut(-factor, { animation: ANIMATION });
  }

  destroy(): void {
    this.#phase = 'destroyed';
    clearTimeout(this.#refeedTimer);
    this.#resize.disconnect();
    this.#fill.removeEventListener('change', this.#onMedia);
    this.#timeline.destroy();
  }

  #onMedia = () => this.#timeline.setOptions(this.#sizeOptions());

  /** Fills its box on wider screens (lanes share its height); grows with its lanes on phones. */
  #sizeOptions(): Pick<TimelineOptions, 'height' | 'verticalScroll'> {
    return this.#fill.matches
      ? { height: '100%', verticalScroll: true }
      : { height: undefined, verticalScroll: false };
  }

  #labelChrome(): void {
    const lanes = this.#container.querySelector('.vis-panel.vis-left');
    if (lanes) {
      (lanes as HTMLElement).tabIndex = 0;
      lanes.setAttribute('role', 'region');
      lanes.setAttribute('aria-label', this.#texts.lanesLabel);
    }
    this.#container
      .querySelector('.vis-current-time')
      ?.setAttribute('data-label', this.#texts.today);
  }

  #onSelect(itemId: string | number | undefined): void {
    const item = itemId === undefined ? undefined : this.#items.get(String(itemId));
    if (item?.count !== undefined) {
      // A period's count: open the period.
      this.#applySelection();
      const end = (item.periodEnd ?? item.end ?? item.start) as Date;
      this.#timeline.setWindow(item.start, end, { animation: ANIMATION });
      return;
    }
    // A click on empty space or an era: the app, not vis, decides what is selected.
    if (!item?.eventId) return this.#applySelection();
    this.#clicked = item.eventId;
    this.#callbacks.onSelect(item.eventId);
  }

  #onRangeChanged(next: TimeWindow): void {
    const move = classifyMove({
      next,
      current: this.#window(),
      appWindow: this.#appWindow,
      ready: this.#phase === 'ready',
      focusing: performance.now() < this.#focusingUntil,
      empty: this.#allByEvent.size === 0,
    });
    if (move === 'stale') return;
    this.#refeedSoon();
    if (move === 'app') return;
    this.#appWindow = undefined;
    this.#callbacks.onWindowChange(next);
  }

  #window(): TimeWindow {
    const { start, end } = this.#timeline.getWindow();
    return { start: start.getTime(), end: end.getTime() };
  }

  #moveTo(window: TimeWindow, animate: boolean): void {
    this.#appWindow = window;
    this.#timeline.setWindow(window.start, window.end, { animation: animate ? ANIMATION : false });
  }

  #remember(): void {
    this.#allByEvent = new Map();
    for (const item of this.#content.items)
      if (!this.#allByEvent.has(item.eventId)) this.#allByEvent.set(item.eventId, item);
  }

  /** Lanes change only with the data, never with the window: synced with it, not on every feed. */
  #syncGroups(): void {
    const { groups, eras } = this.#content;
    const erasLane = eras.length > 0 ? this.#texts.erasLabel : undefined;
    syncDataSet(this.#groups, this.#sent.groups, groups ? groupData(groups, erasLane) : []);
  }

  /** Gives vis what feed() picks for a window (see feed.ts), labelled where labels fit, as a diff. */
  #feed(window: TimeWindow | undefined): void {
    const { items, eras, groups } = this.#content;
    const grouped = groups !== undefined;
    const plot = this.#container.querySelector('.vis-panel.vis-center');
    const width = plot?.clientWidth || Math.max(160, (this.#container.clientWidth || 1000) - 190);
    const picked: FeedItem[] = window
      ? feed(items, window, undefined, Math.max(4, Math.floor(width / 48)))
      : [...items];
    const events = picked.filter((item) => item.count === undefined);
    const erasRows = grouped ? intervalRows(eras.map((era) => eraSpan(era))) : 0;
    const height = this.#lanesHeight() - (erasRows ? erasLaneHeight(erasRows) : 0);
    let widths = new Map<string, number | undefined>();
    if (window) {
      const plot = { window, width };
      const budget = rowBudget(laneCounts(events), height, markerRows(events, plot));
      widths = placeLabels(events, plot, budget, this.#measure);
    }
    this.#itemsByEvent = new Map();
    for (const item of events) {
      const list = this.#itemsByEvent.get(item.eventId);
      if (list) list.push(item.id);
      else this.#itemsByEvent.set(item.eventId, [item.id]);
    }
    const options = { grouped, lang: this.#texts.lang };
    const data = picked.map((item) =>
      itemData(item, { ...options, labelWidth: widths.get(item.id) }),
    );
    // Eras that meet (one president after another) share a row: each bar stops a gap short.
    const gap = window ? ((METRICS.itemGap + 1) * (window.end - window.start)) / width : 0;
    const now = Date.now();
    for (const era of eras) data.push(...eraData(era, { grouped, now, gap }));
    syncDataSet(this.#items, this.#sent.items, data);
  }

  /** The height the lanes may take: the box less the axis; on phones about half the screen. */
  #lanesHeight(): number {
    const axis =
      this.#container.querySelector<HTMLElement>('.vis-panel.vis-top')?.offsetHeight || 44;
    if (this.#fill.matches) return Math.max(120, this.#container.clientHeight - axis - 4);
    return Math.max(240, Math.round(window.innerHeight * 0.5));
  }

  /** After the window moved or the box resized: lay the items out for it. */
  #refeedSoon(): void {
    if (this.#phase === 'parked' || this.#phase === 'destroyed') return;
    clearTimeout(this.#refeedTimer);
    this.#refeedTimer = setTimeout(() => {
      if (this.#phase === 'destroyed') return;
      const window = this.#window();
      this.#feed(window);
      this.#applySelection();
      // Years are 4 characters: over decades let the axis step every 5 years even on a phone;
      // closer in, month names need vis's default room.
      const maxMinorChars = window.end - window.start > 8 * YEAR ? 4 : 7;
      if (maxMinorChars !== this.#maxMinorChars) {
        this.#maxMinorChars = maxMinorChars;
        this.#timeline.setOptions({ maxMinorChars });
      }
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
    const current = this.#window();
    const half = Math.min((current.end - current.start) / 2, YEAR / 4);
    const window = { start: item.start.getTime() - half, end: item.start.getTime() + half };
    this.#feed(window);
    this.#moveTo(window, false);
    return this.#itemsByEvent.get(eventId)?.[0];
  }

  #bringIntoView(eventId: string): void {
    this.#whenDrawn(() => {
      const first = this.#reveal(eventId);
      if (first === undefined) return;
      this.#applySelection();
      // vis centres the item and keeps the span: that window is the app's, not the user's, even
      // when a busy machine delivers its 'rangechanged' after the animation's time is up.
      const item = this.#items.get(first);
      const current = this.#window();
      if (item) {
        const start = new Date(item.start).getTime();
        const middle = (start + new Date(item.end ?? item.start).getTime()) / 2;
        const half = (current.end - current.start) / 2;
        this.#appWindow = { start: middle - half, end: middle + half };
      }
      this.#focusingUntil = performance.now() + ANIMATION.duration + 400;
      this.#timeline.focus(first, { zoom: false, animation: ANIMATION });
    });
  }

  #whenDrawn(change: () => void): void {
    if (this.#phase === 'parked') this.#pending.push(change);
    else change();
  }

  #extent(): TimeWindow | undefined {
    return fitWindow(this.#content.items, this.#content.resultsOnly ? undefined : Date.now());
  }

  #applySelection(): void {
    const shown = this.#view.preview ?? this.#view.selected;
    const ids = shown === undefined ? [] : (this.#itemsByEvent.get(shown) ?? []);
    this.#timeline.setSelection(ids);
  }
}

const eraSpan = (era: EraSpec) => ({
  start: era.start.getTime(),
  end: era.end?.getTime() ?? Date.now(),
});

/** Width of a label's text as items draw it (12 px, the page's font), measured once per text. */
function textMeasurer(container: HTMLElement): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();
  const family = getComputedStyle(container).fontFamily || 'sans-serif';
  if (context) context.font = `12px ${family}`;
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      width = context ? context.measureText(text).width : text.length * 7;
      cache.set(text, width);
    }
    return width;
  };
}
