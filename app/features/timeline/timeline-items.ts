import { typeClass } from '../../components/ui/event-type-style.ts';
import type { Dataset } from '../../domain/dataset.ts';
import type { Period, TimelineEvent } from '../../domain/dataset-schema.ts';
import { formatDate, formatDateRange } from '../../domain/format-date.ts';
import { EVENT_TYPES, type EventType } from '../../domain/vocabulary.ts';
import type { Lang } from '../../domain/languages.ts';
import { localize } from '../../domain/localize.ts';
import { pagePath } from '../../domain/page-meta.ts';
import { endOf, parsePartialDate, startOf } from '../../domain/partial-date.ts';
import type { GroupMode } from '../../domain/view-state.ts';
import type { EraSpec, TimelineGroupSpec, TimelineItemSpec } from './types.ts';

const MIN_RANGE_MS = 30 * 24 * 3600 * 1000;

export interface Lanes {
  groups: TimelineGroupSpec[] | undefined;
  items: TimelineItemSpec[];
}

/**
 * Lanes and items for a grouping: by track or type (one lane each, in dataset or schema order),
 * by party (an event appears in each of its parties' lanes), or none. Only lanes with events.
 */
export function buildLanes(
  dataset: Dataset,
  events: readonly TimelineEvent[],
  mode: GroupMode,
  lang: Lang,
  typeLabel: (type: EventType) => string,
): Lanes {
  if (mode === 'none')
    return { groups: undefined, items: events.map((event) => toItem(event, lang)) };
  if (mode === 'party') {
    const items = events.flatMap((event) =>
      event.parties.map((party) => toItem(event, lang, party, `${event.id}@${party}`)),
    );
    const used = new Set(events.flatMap((event) => event.parties));
    const groups = dataset.parties
      .filter((party) => used.has(party.id))
      .map((party) => {
        const name = localize(party.name, lang);
        return { id: party.id, label: name.text, labelLang: name.lang };
      });
    return { groups, items };
  }
  if (mode === 'type') {
    const used = new Set(events.map((event) => event.type));
    return {
      groups: EVENT_TYPES.filter((type) => used.has(type)).map((type) => ({
        id: type,
        label: typeLabel(type),
        labelLang: lang,
      })),
      items: events.map((event) => toItem(event, lang, event.type)),
    };
  }
  const used = new Set(events.map((event) => event.track));
  return {
    groups: dataset.tracks
      .filter((track) => used.has(track.id))
      .map((track) => {
        const name = localize(track.name, lang);
        const path = pagePath(lang, { kind: 'track', id: track.id });
        return {
          id: track.id,
          label: name.text,
          labelLang: name.lang,
          href: `${import.meta.env.BASE_URL}${path}`,
        };
      }),
    items: events.map((event) => toItem(event, lang, event.track)),
  };
}

export function toItem(
  event: TimelineEvent,
  lang: Lang,
  group?: string,
  id = event.id,
): TimelineItemSpec {
  const title = localize(event.title, lang);
  const start = parsePartialDate(event.date);
  const end = event.end === undefined ? undefined : parsePartialDate(event.end);
  return {
    id,
    eventId: event.id,
    ...(group === undefined ? {} : { group }),
    start: start ? startOf(start) : new Date(event.date),
    // A long event is a range up to the end of its last day. A visit of a few days would be a
    // bar too thin for its label at any useful zoom, so it stays a box on its first day (the list
    // and the panel give the full range).
    ...(start && end && endOf(end).getTime() - startOf(start).getTime() >= MIN_RANGE_MS
      ? { end: endOf(end) }
      : {}),
    ...(end ? { multiDay: true as const } : {}),
    label: title.text,
    labelLang: title.lang,
    title: `${title.text} (${formatDateRange(event.date, event.end, lang)})`,
    className: [
      typeClass(event.type),
      `precision-${start?.precision ?? 'day'}`,
      event.status === 'held' ? '' : `status-${event.status}`,
      end ? 'multi-day' : '',
    ]
      .filter(Boolean)
      .join(' '),
  };
}

/** The dataset's periods as eras: a band each, coloured in turn; the tooltip has dates and note. */
export function buildEras(
  periods: readonly Period[],
  lang: Lang,
  ongoing: (date: string) => string,
): EraSpec[] {
  return periods.flatMap((period, index) => {
    const start = parsePartialDate(period.start);
    const end = period.end === undefined ? undefined : parsePartialDate(period.end);
    if (!start) return [];
    const label = localize(period.label, lang);
    const note = period.note && localize(period.note, lang).text;
    const dates =
      period.end === undefined
        ? ongoing(formatDate(period.start, lang))
        : formatDateRange(period.start, period.end, lang);
    return [
      {
        id: period.id,
        start: startOf(start),
        ...(end ? { end: endOf(end) } : {}),
        label: label.text,
        labelLang: label.lang,
        dates,
        title: [`${label.text} (${dates})`, note].filter(Boolean).join('\n'),
        tone: index,
      },
    ];
  });
}
