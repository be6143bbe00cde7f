import type { Dataset } from '../../domain/dataset.ts';
import type { TimelineEvent } from '../../domain/dataset-schema.ts';
import type { Lang } from '../../domain/languages.ts';
import { localize } from '../../domain/localize.ts';
import { endOf, parsePartialDate, startOf } from '../../domain/partial-date.ts';
import { typeClass } from '../../components/ui/event-type-style.ts';
import type { TimelineGroupSpec, TimelineItemSpec } from './vis-adapter.ts';

const MIN_RANGE_MS = 30 * 24 * 3600 * 1000;

/** Lanes by track, in the dataset's order. */
export function trackGroups(dataset: Dataset, lang: Lang): TimelineGroupSpec[] {
  return dataset.tracks.map((track) => {
    const name = localize(track.name, lang);
    return { id: track.id, label: name.text, labelLang: name.lang };
  });
}

export function toItem(event: TimelineEvent, lang: Lang): TimelineItemSpec {
  const title = localize(event.title, lang);
  const start = parsePartialDate(event.date);
  const end = event.end === undefined ? undefined : parsePartialDate(event.end);
  return {
    id: event.id,
    group: event.track,
    start: start ? startOf(start) : new Date(event.date),
    // A long event is a range up to the end of its last day. A visit of a few days would be a
    // bar too thin for its label at any useful zoom, so it stays a box on its first day (the list
    // and the panel give the full range).
    ...(start && end && endOf(end).getTime() - startOf(start).getTime() >= MIN_RANGE_MS
      ? { end: endOf(end) }
      : {}),
    label: title.text,
    labelLang: title.lang,
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
