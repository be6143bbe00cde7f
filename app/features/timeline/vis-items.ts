/**
 * Part of the vis adapter: what vis is given for each item, lane and era, and the DOM it draws for
 * them. All text goes in as text nodes, never as HTML.
 */
import type { DataGroup, DataItem } from 'vis-timeline/esnext';
import type { FeedItem } from './feed.ts';
import type { EraSpec, TimelineGroupSpec } from './types.ts';

export type ItemData = DataItem & {
  id: string;
  eventId: string;
  label: string;
  labelLang: string;
  /** Tooltip, when it says more than the label. */
  tooltip?: string;
  /** A labelled event's label width in px; absent on a marker. */
  labelWidth?: number;
  /** Set on a period's count of events. */
  count?: number;
  periodEnd?: Date;
  /** Set on an era's bar in the eras lane. */
  era?: true;
  /** vis's alignment of a range's text ('auto': kept in view when the range starts off screen). */
  align?: 'auto';
};
export type GroupData = DataGroup & {
  id: string;
  label: string;
  labelLang: string;
  href?: string | undefined;
};

/** The lane that holds the eras' bars, above the others. */
export const ERAS_LANE = 'bt:eras';

export function textElement(
  text: string,
  lang: string,
  className: string,
  title = text,
  eventId?: string,
): HTMLElement {
  const span = document.createElement('span');
  if (eventId) span.dataset.id = eventId;
  span.className = className;
  span.lang = lang;
  span.textContent = text;
  span.title = title;
  return span;
}

/** A lane's label that links to the lane's page (`data-track` for the app to route it). */
export function linkElement(text: string, lang: string, href: string, id: string): HTMLElement {
  const link = document.createElement('a');
  link.className = 'bt-group-label bt-group-link';
  link.href = href;
  link.lang = lang;
  link.textContent = text;
  link.title = text;
  link.dataset.track = id;
  return link;
}

/** An event, a period's count or an era as vis-data wants it. */
export function itemData(
  item: FeedItem,
  options: { grouped: boolean; lang: string; labelWidth: number | undefined },
): ItemData {
  const labelled = item.count !== undefined || options.labelWidth !== undefined;
  return {
    id: item.id,
    eventId: item.eventId,
    content: item.label,
    label: item.label,
    // A count is written in the interface language: a language switch must redraw it even
    // where the events' titles fall back to the same language.
    labelLang: item.count === undefined ? item.labelLang : options.lang,
    ...(item.title === undefined ? {} : { tooltip: item.title }),
    start: item.start,
    ...(item.end ? { end: item.end, type: 'range' } : { type: 'box' }),
    ...(options.grouped && item.group !== undefined ? { group: item.group } : {}),
    ...(item.count === undefined ? {} : { count: item.count, periodEnd: item.periodEnd }),
    ...(options.labelWidth === undefined ? {} : { labelWidth: options.labelWidth }),
    className: labelled ? item.className : `${item.className} bt-marker`,
  };
}

/**
 * An era as a tinted band behind every lane, and (when there are lanes) as a labelled bar in the
 * eras lane. An era that lasts is drawn up to `now`.
 */
export function eraData(
  era: EraSpec,
  { grouped, now, gap }: { grouped: boolean; now: number; gap: number },
): ItemData[] {
  const end = era.end ?? new Date(Math.max(now, era.start.getTime() + 86_400_000));
  const tone = `bt-era-tone-${era.tone % 5}`;
  const common = { eventId: '', label: era.label, labelLang: era.labelLang, tooltip: era.title };
  const band: ItemData = {
    ...common,
    id: `era-band:${era.id}`,
    content: grouped ? '' : era.label,
    start: era.start,
    end,
    type: 'background',
    className: `bt-era-band ${tone}`,
  };
  if (!grouped) return [band];
  return [
    band,
    {
      ...common,
      id: `era:${era.id}`,
      content: era.label,
      start: era.start,
      end: new Date(Math.max(era.start.getTime() + 1, end.getTime() - gap)),
      type: 'range',
      group: ERAS_LANE,
      selectable: false,
      era: true,
      // The boxes' 'left' would leave the name of an era that began before the window (the first
      // president's, at the start of the overview) cut at the window's edge.
      align: 'auto',
      className: `bt-era ${tone}`,
    },
  ];
}

export function groupData(groups: readonly TimelineGroupSpec[], eras?: string): GroupData[] {
  const lanes: GroupData[] = groups.map((group, order) => ({
    id: group.id,
    content: group.label,
    label: group.label,
    labelLang: group.labelLang,
    href: group.href,
    order: order + 1,
  }));
  if (eras !== undefined)
    lanes.unshift({
      id: ERAS_LANE,
      content: eras,
      label: eras,
      labelLang: '',
      order: 0,
    } as GroupData);
  return lanes;
}

/** vis's item template: the label as text, a marker's label kept for its tooltip only. */
export function renderItem(
  item: ItemData | undefined,
  countLabel: (count: number) => { label: string; title: string },
  lang: string,
): HTMLElement {
  if (!item) return document.createElement('span');
  if (item.count !== undefined) {
    // A period's count of events (a click zooms into it).
    const { label, title } = countLabel(item.count);
    return textElement(label, lang, 'bt-count-label', title);
  }
  if (item.type === 'background')
    return textElement(item.label, item.labelLang, 'bt-era-band-label', item.tooltip);
  if (item.era) return textElement(item.label, item.labelLang, 'bt-era-label', item.tooltip);
  const title = item.tooltip ?? item.label;
  if (item.labelWidth === undefined)
    return textElement(
      item.label,
      item.labelLang,
      'bt-item-label bt-marker-label',
      title,
      item.eventId,
    );
  const span = textElement(item.label, item.labelLang, 'bt-item-label', title, item.eventId);
  span.style.maxWidth = `${item.labelWidth}px`;
  return span;
}
