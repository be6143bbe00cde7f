/**
 * The only module that creates vis-timeline (eslint forbids vis elsewhere but in its parts:
 * vis-options.ts, vis-items.ts, vis-view.ts, vis-sync.ts and first-draw.ts). It owns one Timeline
 * for the lifetime of its container, goes through explicit phases (parked before its first draw,
 * drawn, ready, destroyed), syncs lanes and items by diffing, and lays the overview out again
 * (feed-data.ts) whenever the window or the plot's size changes.
 */
import { DataSet } from 'vis-data/esnext';
import { Timeline } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { trimAxisEdges } from './axis-edges.ts';
import { feedData } from './feed-data.ts';
import { firstDraw, parkedWindow } from './first-draw.ts';
import { fitWindow } from './layout.ts';
import { textMeasurer } from './measure-text.ts';
import { PlotSize } from './plot-size.ts';
import type {
  TimeWindow,
  TimelineCallbacks,
  TimelineContent,
  TimelineItemSpec,
  TimelineTexts,
} from './types.ts';
import { groupData, type GroupData, type ItemData } from './vis-items.ts';
import { axisChars, labelChrome, visOptions } from './vis-options.ts';
import { batchedItemRedraws, oneItemsRedraw, syncDataSet, type UpdateBatch } from './vis-sync.ts';
import { VisView } from './vis-view.ts';

export type { TimeWindow, TimelineContent, TimelineTexts } from './types.ts';

const YEAR = 365.25 * 86_400_000;

type Phase = 'parked' | 'drawn' | 'ready' | 'destroyed';

export class VisTimeline {
  readonly #timeline: Timeline;
  readonly #view: VisView;
  readonly #container: HTMLElement;
  readonly #items = new DataSet<ItemData>();
  readonly #groups = new DataSet<GroupData>();
  /** What was last given to each DataSet (see vis-sync.ts). */
  readonly #sent = { items: new Map<string, ItemData>(), groups: new Map<string, GroupData>() };
  #phase: Phase = 'parked';
  /** View changes asked for before the first draw. */
  #pending: (() => void)[] = [];
  #content: TimelineContent;
  #texts: TimelineTexts;
  #allByEvent = new Map<string, TimelineItemSpec>();
  #itemsByEvent = new Map<string, string[]>();
  #refeedTimer: ReturnType<typeof setTimeout> | undefined;
  #maxMinorChars = 7;
  readonly #size: PlotSize;
  readonly #measure: (text: string) => number;
  readonly #batch: UpdateBatch;

  constructor(
    container: HTMLElement,
    callbacks: TimelineCallbacks,
    options: TimelineContent &
      TimelineTexts & {
        /** The window to open on (from a shared link); else around `focusId`; else all items. */
        window?: TimeWindow | undefined;
        focusId?: string | undefined;
      },
  ) {
    this.#container = container;
    this.#content = options;
    this.#texts = options;
    this.#remember();
    this.#measure = textMeasurer(container);
    this.#size = new PlotSize(container, (screenChanged) => {
      if (screenChanged) this.#timeline.setOptions(this.#size.options());
      this.#refeedSoon();
    });
    const centre = options.focusId && this.#allByEvent.get(options.focusId)?.start.getTime();
    const initial =
      options.window ??
      (centre ? { start: centre - 2 * YEAR, end: centre + 2 * YEAR } : this.#extent());
    const timelineOptions = visOptions({
      lang: options.lang,
      strings: options.strings,
      parked: parkedWindow(initial),
      size: this.#size.options(),
      countLabel: callbacks.countLabel,
      currentLang: () => this.#texts.lang,
      maxMinorChars: (this.#maxMinorChars = axisChars(initial)),
    });
    this.#timeline =
      options.groups !== undefined
        ? new Timeline(container, this.#items, this.#groups, timelineOptions)
        : new Timeline(container, this.#items, timelineOptions);
    this.#batch = batchedItemRedraws(this.#timeline);
    labelChrome(this.#container, this.#texts);
    this.#view = new VisView(
      {
        timeline: this.#timeline,
        items: this.#items,
        whenDrawn: (change) => {
          if (this.#phase === 'parked') this.#pending.push(change);
          else change();
        },
        ready: () => this.#phase === 'ready',
        empty: () => this.#allByEvent.size === 0,
        itemsByEvent: () => this.#itemsByEvent,
        eventItem: (eventId) => this.#allByEvent.get(eventId),
        feed: (window) => this.#feed(window),
        moved: () => this.#refeedSoon(),
        extent: () => this.#extent(),
        onSelect: callbacks.onSelect,
        onWindowChange: callbacks.onWindowChange,
      },
      initial,
    );

    firstDraw(this.#timeline, container, {
      initial,
      destroyed: () => this.#phase === 'destroyed',
      fill: () => {
        this.#syncGroups();
        // Draw the lane names now (no item is in view yet, so this is cheap), so that the items
        // are laid out for the plot's real width, not an estimate: the layout the reader first
        // sees is the one that stays (no second layout, no shift of the lanes).
        this.#timeline.redraw();
        this.#feed(initial);
      },
      drawn: () => {
        this.#phase = 'drawn';
        for (const change of this.#pending.splice(0)) change();
      },
      ready: () => {
        this.#phase = 'ready';
        callbacks.onReady();
        // Should the plot's width have changed since the fill, lay the items out for it.
        this.#refeedSoon();
      },
    });
    this.#timeline.on('select', (properties: { items: (string | number)[] }) =>
      this.#view.onItemSelected(properties.items[0]),
    );
    trimAxisEdges(this.#timeline, container);
    this.#timeline.on('rangechanged', (properties: { start: Date; end: Date }) =>
      this.#view.onRangeChanged({
        start: properties.start.getTime(),
        end: properties.end.getTime(),
      }),
    );
    this.#size.observePlot();
  }

  setTexts(texts: TimelineTexts): void {
    if (texts.lang === this.#texts.lang) return;
    this.#texts = texts;
    labelChrome(this.#container, this.#texts);
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
    this.#feed(this.#view.window());
    this.#view.applySelection();
    // Items appearing in an empty timeline (filters cleared) would sit outside its window.
    const extent = wasEmpty && content.items.length > 0 ? this.#extent() : undefined;
    if (extent) this.#view.moveTo(extent, false);
  }

  /**
   * Moving and marking (vis-view.ts): `preview` an event the keyboard is on, `select` the open
   * one, `setWindow` from the URL, `fit` every item, `zoom` by a factor.
   */
  get view(): Pick<VisView, 'preview' | 'select' | 'setWindow' | 'fit' | 'zoom'> {
    return this.#view;
  }

  destroy(): void {
    this.#phase = 'destroyed';
    clearTimeout(this.#refeedTimer);
    this.#size.destroy();
    this.#timeline.destroy();
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

  /** Gives vis what it should hold for a window (feed-data.ts), as a diff. */
  #feed(window: TimeWindow | undefined): void {
    const { data, itemsByEvent } = feedData(
      this.#content,
      window,
      {
        width: this.#size.width(
          this.#content.groups !== undefined || this.#content.eras.length > 0,
        ),
        lanesHeight: this.#size.lanesHeight(),
      },
      { lang: this.#texts.lang, now: Date.now(), measure: this.#measure },
    );
    this.#itemsByEvent = itemsByEvent;
    oneItemsRedraw(this.#timeline, () =>
      syncDataSet(this.#items, this.#sent.items, data, this.#batch),
    );
  }

  /** After the window moved or the box resized: lay the items out for it. */
  #refeedSoon(): void {
    if (this.#phase === 'parked' || this.#phase === 'destroyed') return;
    clearTimeout(this.#refeedTimer);
    this.#refeedTimer = setTimeout(() => {
      if (this.#phase === 'destroyed') return;
      const window = this.#view.window();
      this.#feed(window);
      this.#view.applySelection();
      const maxMinorChars = axisChars(window);
      if (maxMinorChars !== this.#maxMinorChars) {
        this.#maxMinorChars = maxMinorChars;
        this.#timeline.setOptions({ maxMinorChars });
      }
    }, 0);
  }

  #extent(): TimeWindow | undefined {
    return fitWindow(this.#content.items, this.#content.resultsOnly ? undefined : Date.now());
  }
}
