/**
 * The only module that touches vis-timeline and vis-data (eslint forbids them elsewhere).
 * It owns one Timeline for the lifetime of its container, syncs items and groups by diffing,
 * keeps the selection controlled by the app, and builds all item text as DOM text nodes, so
 * dataset strings are never parsed as HTML (vis-timeline's own xss filter stays on as well).
 */
import 'moment/dist/locale/kk';
import 'moment/dist/locale/ru';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type DataGroup, type DataItem, type TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';

export interface TimelineItemSpec {
  id: string;
  group?: string;
  start: Date;
  /** Exclusive end, for events that span several days; absent for a single date. */
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

interface Callbacks {
  onSelect: (id: string) => void;
  /** The first draw is done: items are placed and the initial window is set. */
  onReady: () => void;
}

type ItemData = DataItem & { id: string; label: string; labelLang: string };
type GroupData = DataGroup & { id: string; label: string; labelLang: string };

function textElement(text: string, lang: string, className: string, id?: string): HTMLElement {
  const span = document.createElement('span');
  if (id !== undefined) span.dataset.id = id;
  span.className = className;
  span.lang = lang;
  span.textContent = text;
  span.title = text;
  return span;
}

const YEAR = 365.25 * 24 * 3600 * 1000;

export class VisTimeline {
  readonly #timeline: Timeline;
  readonly #items = new DataSet<ItemData>();
  readonly #groups = new DataSet<GroupData>();
  #selected: string | undefined;
  #drawn = false;
  #destroyed = false;
  readonly #container: HTMLElement;
  #pendingViews: (() => void)[] = [];
  /** The id the user just clicked, so selecting it does not move the view under the pointer. */
  #clicked: string | undefined;
  #lang = '';

  constructor(
    container: HTMLElement,
    callbacks: Callbacks,
    options: {
      lang: string;
      strings: VisStrings;
      groups: readonly TimelineGroupSpec[] | undefined;
      items: readonly TimelineItemSpec[];
      /** Open on a window of a few years around this item instead of fitting all. */
      focusId?: string | undefined;
    },
  ) {
    // vis fits its first window to the items present at construction, so they go in first.
    this.#fill(options.groups, options.items);
    this.#container = container;
    const focusItem = options.focusId === undefined ? undefined : this.#items.get(options.focusId);
    const centre = focusItem ? new Date(focusItem.start).getTime() : undefined;
    const initial =
      centre === undefined ? this.#extent() : { start: centre - 2 * YEAR, end: centre + 2 * YEAR };
    const timelineOptions: TimelineOptions = {
      ...(initial ? { start: initial.start, end: initial.end } : {}),
      height: '100%',
      verticalScroll: true,
      // Plain wheel scrolls the page and the lanes; Ctrl + wheel (and trackpad pinch) zooms.
      zoomKey: 'ctrlKey',
      orientation: { axis: 'top', item: 'top' },
      align: 'left',
      stack: true,
      showCurrentTime: false,
      selectable: true,
      multiselect: false,
      zoomMin: 30 * 24 * 3600 * 1000,
      zoomMax: 100 * YEAR,
      margin: { item: { horizontal: 4, vertical: 6 }, axis: 6 },
      locale: options.lang,
      locales: { kk: options.strings },
      template: (item?: ItemData) =>
        item
          ? textElement(item.label, item.labelLang, 'bt-item-label', item.id)
          : document.createElement('span'),
      groupTemplate: (group?: GroupData) =>
        group
          ? textElement(group.label, group.labelLang, 'bt-group-label')
          : document.createElement('span'),
      tooltip: { followMouse: false, overflowMethod: 'cap' },
    };
    this.#timeline = new Timeline(container, this.#items, this.#groups, timelineOptions);
    this.#lang = options.lang;
    // vis fits all items on its first 'changed' event; view changes asked for before then wait for it.
    // vis only schedules the redraw for that first window. Changing the view from inside its
    // 'changed' handler leaves items unpositioned, so apply pending changes on the next task, draw,
    // and only then report ready.
    let phase: 'first' | 'applying' | 'drawing' | 'ready' = 'first';
    this.#timeline.on('changed', () => {
      if (phase === 'drawing') {
        phase = 'ready';
        callbacks.onReady();
      }
      if (phase !== 'first') return;
      phase = 'applying';
      setTimeout(() => {
        if (this.#destroyed) return;
        this.#drawn = true;
        for (const change of this.#pendingViews.splice(0)) change();
        phase = 'drawing';
        this.#timeline.redraw();
      }, 0);
    });
    this.#timeline.on('select', (properties: { items: (string | number)[] }) => {
      const id = properties.items[0];
      if (id === undefined) {
        // A click on empty space: the app, not vis, decides what is selected.
        this.#applySelection();
        return;
      }
      this.#clicked = String(id);
      callbacks.onSelect(String(id));
    });
  }

  setLocale(lang: string, strings: VisStrings): void {
    if (lang === this.#lang) return;
    this.#lang = lang;
    this.#timeline.setOptions({ locale: lang, locales: { kk: strings } });
  }

  /** Upserts what changed and removes what is gone; vis redraws once per call. */
  setData(
    groups: readonly TimelineGroupSpec[] | undefined,
    items: readonly TimelineItemSpec[],
  ): void {
    this.#fill(groups, items);
    this.#applySelection();
  }

  #fill(
    groups: readonly TimelineGroupSpec[] | undefined,
    items: readonly TimelineItemSpec[],
  ): void {
    const groupData: GroupData[] = (groups ?? []).map((group, order) => ({
      id: group.id,
      content: group.label,
      label: group.label,
      labelLang: group.labelLang,
      order,
    }));
    syncDataSet(this.#groups, groupData);
    const itemData: ItemData[] = items.map((item) => ({
      id: item.id,
      content: item.label,
      label: item.label,
      labelLang: item.labelLang,
      start: item.start,
      ...(item.end ? { end: item.end, type: 'range' } : { type: 'box' }),
      ...(groups ? { group: item.group } : {}),
      className: item.className,
    }));
    syncDataSet(this.#items, itemData);
  }

  /**
   * Selects the item; unless the user just clicked it, also brings it into view (centred
   * horizontally when off-screen, and scrolled to vertically), keeping the zoom.
   */
  select(id: string | undefined): void {
    this.#selected = id;
    this.#applySelection();
    const clicked = this.#clicked === id;
    this.#clicked = undefined;
    if (id === undefined || clicked || !this.#items.get(id)) return;
    this.#whenDrawn(() =>
      this.#timeline.focus(id, {
        zoom: false,
        animation: { duration: 250, easingFunction: 'easeInOutQuad' },
      }),
    );
  }

  #whenDrawn(change: () => void): void {
    if (this.#drawn) change();
    else this.#pendingViews.push(change);
  }

  /** Shows every item, with room on the right for the last labels. */
  fit(animate = true): void {
    const extent = this.#extent();
    if (!extent) return;
    this.#whenDrawn(() =>
      this.#timeline.setWindow(extent.start, extent.end, {
        animation: animate ? { duration: 300, easingFunction: 'easeInOutQuad' } : false,
      }),
    );
  }

  /**
   * The window that shows every item. vis's own fit() also tries to fit each box's pixel width,
   * which on a phone zooms into a single decade; this pads by the width of one label instead.
   */
  #extent(): { start: number; end: number } | undefined {
    let min = Infinity;
    let max = -Infinity;
    this.#items.forEach((item) => {
      min = Math.min(min, new Date(item.start).getTime());
      max = Math.max(max, new Date(item.end ?? item.start).getTime());
    });
    if (min > max) return undefined;
    const width = this.#container.clientWidth || 1000;
    const plot = Math.max(160, width - (width < 640 ? 96 : 190));
    const label = width < 640 ? 150 : 230;
    const span = Math.max(max - min, YEAR);
    // On a phone the labels would need more room than the years; cap the padding there.
    const perPx = Math.min(span / Math.max(80, plot - label - 16), (1.5 * span) / plot);
    return { start: min - 8 * perPx, end: Math.min(max + (label + 8) * perPx, min + 1.5 * span) };
  }

  zoom(factor: number): void {
    if (factor > 0)
      this.#timeline.zoomIn(factor, {
        animation: { duration: 200, easingFunction: 'easeInOutQuad' },
      });
    else
      this.#timeline.zoomOut(-factor, {
        animation: { duration: 200, easingFunction: 'easeInOutQuad' },
      });
  }

  destroy(): void {
    this.#destroyed = true;
    this.#timeline.destroy();
  }

  #applySelection(): void {
    const ids =
      this.#selected !== undefined && this.#items.get(this.#selected) ? [this.#selected] : [];
    this.#timeline.setSelection(ids);
  }
}

function syncDataSet<T extends ItemData | GroupData>(dataSet: DataSet<T>, next: T[]): void {
  const keep = new Set(next.map((entry) => entry.id));
  const gone = dataSet.getIds().filter((id) => !keep.has(String(id)));
  if (gone.length > 0) dataSet.remove(gone);
  dataSet.update(next as Parameters<DataSet<T>['update']>[0]);
}
