import type { Dataset } from '../../domain/dataset.ts';
import type { TimelineEvent } from '../../domain/dataset-schema.ts';
import type { Lang } from '../../domain/languages.ts';
import { localize } from '../../domain/localize.ts';
import { endOf, parsePartialDate, startOf } from '../../domain/partial-date.ts';
import { typeClass } from '../../components/ui/event-type-style.ts';
import type { TimelineGroupSpec, TimelineItemSpec } from './vis-adapter.ts';

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
    // A multi-day event is a range up to the end of its last day.
    ...(end ? { end: endOf(end) } : {}),
    label: title.text,
    labelLang: title.lang,
    className: [
      typeClass(event.type),
      `precision-${start?.precision ?? 'day'}`,
      event.status === 'held' ? '' : `status-${event.status}`,
    ]
      .filter(Boolean)
      .join(' '),
  };
}
