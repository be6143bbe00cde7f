import type { Dataset } from './dataset.ts';
import type { Party, TimelineEvent } from './dataset-schema.ts';

export interface YearGroup {
  year: number;
  events: TimelineEvent[];
}

/** Events (already sorted by date) grouped under their year, for the chronology list. */
export function groupByYear(events: readonly TimelineEvent[]): YearGroup[] {
  const groups: YearGroup[] = [];
  for (const event of events) {
    const year = Number(event.date.slice(0, 4));
    const last = groups.at(-1);
    if (last && last.year === year) last.events.push(event);
    else groups.push({ year, events: [event] });
  }
  return groups;
}

export function partiesOf(dataset: Dataset, event: TimelineEvent): Party[] {
  return event.parties.flatMap((id) => {
    const party = dataset.partiesById.get(id);
    return party ? [party] : [];
  });
}

export function relatedOf(dataset: Dataset, event: TimelineEvent): TimelineEvent[] {
  return (event.related ?? []).flatMap((id) => {
    const related = dataset.eventsById.get(id);
    return related ? [related] : [];
  });
}

export interface Neighbours {
  previous: TimelineEvent | undefined;
  next: TimelineEvent | undefined;
}

/** The events before and after one in a list (none when it is not in the list). */
export function neighbours(events: readonly TimelineEvent[], id: string): Neighbours {
  const index = events.findIndex((event) => event.id === id);
  if (index === -1) return { previous: undefined, next: undefined };
  return { previous: events[index - 1], next: events[index + 1] };
}

/** Neighbours in the event's own track, by date. */
export function trackNeighbours(dataset: Dataset, event: TimelineEvent): Neighbours {
  return neighbours(
    dataset.events.filter((other) => other.track === event.track),
    event.id,
  );
}
