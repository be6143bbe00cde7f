import type { Dataset } from './dataset.ts';
import type { TimelineEvent } from './dataset-schema.ts';
import { FACETS, facetOptions, valuesIn, type Facet, type FacetParam } from './facets.ts';
import type { Lang } from './languages.ts';
import { endOf, parsePartialDate, startOf } from './partial-date.ts';
import { searchEvents, type SearchHits } from './search.ts';
import type { Filters } from './view-state.ts';

/**
 * What to show for a dataset and a view state: pure functions shared by the timeline, the list,
 * the counts and the exports, so they always agree. The facets come from `facets.ts`.
 */

/** What a facet or the date range is called when it is left out (to count its options). */
type Skip = FacetParam | 'dates';

interface CompiledFacet {
  facet: Facet;
  /** One set per chosen option (the option and what it includes). */
  sets: ReadonlySet<string>[];
  /** Their union, for "any of". */
  any: ReadonlySet<string>;
  all: boolean;
}

interface Compiled {
  facets: CompiledFacet[];
  from: number | undefined;
  to: number | undefined;
}

const expanded = (facet: Facet, dataset: Dataset, id: string): ReadonlySet<string> =>
  facet.expand ? facet.expand(dataset, id) : new Set([id]);

function compile(dataset: Dataset, filters: Filters): Compiled {
  const from = filters.from ? parsePartialDate(filters.from) : undefined;
  const to = filters.to ? parsePartialDate(filters.to) : undefined;
  return {
    facets: FACETS.flatMap((facet): CompiledFacet[] => {
      const chosen = filters[facet.param];
      if (chosen.length === 0) return [];
      const sets = chosen.map((id) => expanded(facet, dataset, id));
      return [
        {
          facet,
          sets,
          any: new Set(sets.flatMap((set) => [...set])),
          all: facet.matchable === true && filters.match === 'all',
        },
      ];
    }),
    from: from ? startOf(from).getTime() : undefined,
    to: to ? endOf(to).getTime() : undefined,
  };
}

function eventSpan(event: TimelineEvent): [number, number] {
  const start = parsePartialDate(event.date);
  const end = parsePartialDate(event.end ?? event.date);
  return [start ? startOf(start).getTime() : 0, end ? endOf(end).getTime() : 0];
}

function passes(event: TimelineEvent, c: Compiled, skip?: Skip): boolean {
  for (const { facet, sets, any, all } of c.facets) {
    if (facet.param === skip) continue;
    const values = facet.values(event);
    if (all ? !sets.every((set) => valuesIn(values, set)) : !valuesIn(values, any)) return false;
  }
  if (skip !== 'dates' && (c.from !== undefined || c.to !== undefined)) {
    const [start, end] = eventSpan(event);
    if (c.from !== undefined && end <= c.from) return false;
    if (c.to !== undefined && start >= c.to) return false;
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

export type FacetCounts = { readonly [P in FacetParam]: Map<string, number> } & {
  /** Events per year, ignoring the date range (for the range chart). */
  years: Map<number, number>;
};

/** For each value an event can have, the options that include it (a party's ancestors too). */
function optionsByValue(facet: Facet, dataset: Dataset): Map<string, string[]> {
  const byValue = new Map<string, string[]>();
  for (const { id } of facetOptions(facet, dataset)) {
    for (const value of expanded(facet, dataset, id))
      byValue.set(value, [...(byValue.get(value) ?? []), id]);
  }
  return byValue;
}

/**
 * For each option, how many events it would match given the other filters. In "all of" mode
 * the chosen options narrow each option's count too; in "any of" mode they do not.
 */
export function facetCounts(
  dataset: Dataset,
  filters: Filters,
  hits: SearchHits | undefined,
): FacetCounts {
  const compiled = compile(dataset, filters);
  const inSearch = hits ? new Set(hits.ranked) : undefined;
  const pool = inSearch ? dataset.events.filter((event) => inSearch.has(event.id)) : dataset.events;
  const counting = FACETS.map((facet) => ({
    facet,
    counts: new Map(facetOptions(facet, dataset).map((option) => [option.id, 0])),
    byValue: optionsByValue(facet, dataset),
    skip: facet.matchable && filters.match === 'all' ? undefined : facet.param,
  }));
  const years = new Map<number, number>();
  const seen = new Set<string>();
  for (const event of pool) {
    for (const { facet, counts, byValue, skip } of counting) {
      if (!passes(event, compiled, skip)) continue;
      const values = facet.values(event);
      if (values === undefined) continue;
      seen.clear();
      for (const value of typeof values === 'string' ? [values] : values) {
        for (const id of byValue.get(value) ?? []) {
          if (seen.has(id)) continue;
          seen.add(id);
          counts.set(id, (counts.get(id) ?? 0) + 1);
        }
      }
    }
    if (passes(event, compiled, 'dates')) {
      const year = Number(event.date.slice(0, 4));
      years.set(year, (years.get(year) ?? 0) + 1);
    }
  }
  return {
    ...(Object.fromEntries(counting.map(({ facet, counts }) => [facet.param, counts])) as {
      [P in FacetParam]: Map<string, number>;
    }),
    years,
  };
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
