import type { Dataset } from './dataset.ts';
import type { TimelineEvent } from './dataset-schema.ts';
import { EVENT_STATUSES, EVENT_TYPES, type EventStatus, type EventType } from './vocabulary.ts';
import type { Lang } from './languages.ts';
import { endOf, parsePartialDate, startOf } from './partial-date.ts';
import { searchEvents, type SearchHits } from './search.ts';
import type { Filters } from './view-state.ts';

/**
 * What to show for a dataset and a view state: pure functions shared by the timeline, the list,
 * the counts and the exports, so they always agree.
 */

/** A party and every institution below it (choosing the EU includes the Commission). */
export function withDescendants(dataset: Dataset, partyId: string): Set<string> {
  const ids = new Set([partyId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const party of dataset.parties) {
      if (party.parent !== undefined && ids.has(party.parent) && !ids.has(party.id)) {
        ids.add(party.id);
        grew = true;
      }
    }
  }
  return ids;
}

type Facet = 'party' | 'type' | 'track' | 'status' | 'dates';

interface Compiled {
  parties: Set<string>[];
  match: Filters['match'];
  type: Set<EventType>;
  track: Set<string>;
  status: Set<EventStatus>;
  from: number | undefined;
  to: number | undefined;
}

function compile(dataset: Dataset, filters: Filters): Compiled {
  const from = filters.from ? parsePartialDate(filters.from) : undefined;
  const to = filters.to ? parsePartialDate(filters.to) : undefined;
  return {
    parties: filters.party.map((id) => withDescendants(dataset, id)),
    match: filters.match,
    type: new Set(filters.type),
    track: new Set(filters.track),
    status: new Set(filters.status),
    from: from ? startOf(from).getTime() : undefined,
    to: to ? endOf(to).getTime() : undefined,
  };
}

function eventSpan(event: TimelineEvent): [number, number] {
  const start = parsePartialDate(event.date);
  const end = parsePartialDate(event.end ?? event.date);
  return [start ? startOf(start).getTime() : 0, end ? endOf(end).getTime() : 0];
}

function passes(event: TimelineEvent, c: Compiled, skip?: Facet): boolean {
  if (skip !== 'type' && c.type.size > 0 && !c.type.has(event.type)) return false;
  if (skip !== 'track' && c.track.size > 0 && !c.track.has(event.track)) return false;
  if (skip !== 'status' && c.status.size > 0 && !c.status.has(event.status)) return false;
  if (skip !== 'dates' && (c.from !== undefined || c.to !== undefined)) {
    const [start, end] = eventSpan(event);
    if (c.from !== undefined && end <= c.from) return false;
    if (c.to !== undefined && start >= c.to) return false;
  }
  if (skip !== 'party' && c.parties.length > 0) {
    const has = (ids: Set<string>) => event.parties.some((id) => ids.has(id));
    if (c.match === 'all' ? !c.parties.every(has) : !c.parties.some(has)) return false;
  }
  return true;
}

export interface Selection {
  /** The visible events: by date, or by relevance when searching. */
  events: TimelineEvent[];
  hits: SearchHits | undefined;
}

export function selectEvents(dataset: Dataset, filters: Filters, lang: Lang): Selection {
  const compiled = compile(dataset, filters);
  const hits = searchEvents(dataset, filters.q, lang);
  if (!hits) return { events: dataset.events.filter((event) => passes(event, compiled)), hits };
  const events = hits.ranked.flatMap((id) => {
    const event = dataset.eventsById.get(id);
    return event && passes(event, compiled) ? [event] : [];
  });
  return { events, hits };
}

export interface FacetCounts {
  party: Map<string, number>;
  type: Map<EventType, number>;
  track: Map<string, number>;
  status: Map<EventStatus, number>;
  /** Events per year, ignoring the date range (for the range chart). */
  years: Map<number, number>;
}

/**
 * For each option, how many events it would match given the other filters. In "all of" mode
 * the chosen parties narrow each party's count too; in "any of" mode they do not.
 */
export function facetCounts(
  dataset: Dataset,
  filters: Filters,
  hits: SearchHits | undefined,
): FacetCounts {
  const compiled = compile(dataset, filters);
  const inSearch = hits ? new Set(hits.ranked) : undefined;
  const pool = inSearch ? dataset.events.filter((event) => inSearch.has(event.id)) : dataset.events;
  const counts: FacetCounts = {
    party: new Map(dataset.parties.map((party) => [party.id, 0])),
    type: new Map(EVENT_TYPES.map((type) => [type, 0])),
    track: new Map(dataset.tracks.map((track) => [track.id, 0])),
    status: new Map(EVENT_STATUSES.map((status) => [status, 0])),
    years: new Map(),
  };
  const expanded = new Map(
    dataset.parties.map((party) => [party.id, withDescendants(dataset, party.id)]),
  );
  const partySkip: Facet | undefined = compiled.match === 'all' ? undefined : 'party';
  for (const event of pool) {
    if (passes(event, compiled, 'type'))
      counts.type.set(event.type, (counts.type.get(event.type) ?? 0) + 1);
    if (passes(event, compiled, 'track'))
      counts.track.set(event.track, (counts.track.get(event.track) ?? 0) + 1);
    if (passes(event, compiled, 'status'))
      counts.status.set(event.status, (counts.status.get(event.status) ?? 0) + 1);
    if (passes(event, compiled, 'dates')) {
      const year = Number(event.date.slice(0, 4));
      counts.years.set(year, (counts.years.get(year) ?? 0) + 1);
    }
    if (passes(event, compiled, partySkip)) {
      for (const [id, ids] of expanded) {
        if (event.parties.some((party) => ids.has(party)))
          counts.party.set(id, (counts.party.get(id) ?? 0) + 1);
      }
    }
  }
  return counts;
}

/** The dataset's first and last year, for the range chart's axis. */
export function yearExtent(dataset: Dataset): [number, number] {
  const first = Number(dataset.events[0]?.date.slice(0, 4) ?? new Date().getFullYear());
  const last = dataset.events.reduce(
    (max, event) => Math.max(max, Number((event.end ?? event.date).slice(0, 4))),
    first,
  );
  return [first, last];
}
