import type { ParseKeys } from 'i18next';
import type { Dataset } from './dataset.ts';
import type { LocalizedText, TimelineEvent } from './dataset-schema.ts';
import type { PageRef } from './page-meta.ts';
import { hasOfficialSource } from './sources.ts';
import { isOneOf, isSlug, listCodec, type Codec } from './url-codecs.ts';
import { EVENT_STATUSES, EVENT_TYPES, STAGES } from './vocabulary.ts';

/**
 * The filter facets: one entry each. Everything else (the view state's type, the URL's parser
 * and writer, "no filters", the selection, the counts per option, the chips, the active-filter
 * count and the filter panel's sections) is derived from this list. Adding a facet is an entry
 * here, its locale keys (`filters.<param>.legend`) and its data. See docs/architecture.md.
 */

type MessageKey = ParseKeys;

/** An option's label: a translation key (a fixed vocabulary) or the dataset's own text. */
export type OptionLabel = { key: MessageKey } | { text: LocalizedText };

export interface FacetOption {
  id: string;
  label: OptionLabel;
  /** Indentation in the panel (a party's institutions under it). */
  depth?: number;
}

export interface Facet<P extends string = string> {
  /** The URL parameter and the view state's field (`?party=kz,eu`). */
  readonly param: P;
  /** The panel's section heading. */
  readonly legend: MessageKey;
  readonly codec: Codec<readonly string[]>;
  /** The event's value(s) for this facet; `undefined` when it has none. */
  values(event: TimelineEvent): string | readonly string[] | undefined;
  /** Every option, in the panel's (and the URL's) order. */
  options(dataset: Dataset): readonly FacetOption[];
  /** What choosing `id` includes (a party and its institutions); by default `id` alone. */
  expand?(dataset: Dataset, id: string): ReadonlySet<string>;
  /** Several choices can be combined with "all of" (`?match=all`) instead of "any of". */
  readonly matchable?: boolean;
  /** Options with no events under the other filters are left out of the panel. */
  readonly hideEmpty?: boolean;
  /** An option's own page (a track's), linked from the panel. */
  page?(id: string): PageRef;
}

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

/** Parties as a tree: each state or organization, then its institutions, indented. */
function partyOptions(dataset: Dataset): FacetOption[] {
  const children = new Map<string, Dataset['parties'][number][]>();
  for (const party of dataset.parties) {
    if (party.parent !== undefined)
      children.set(party.parent, [...(children.get(party.parent) ?? []), party]);
  }
  const options: FacetOption[] = [];
  const visit = (party: Dataset['parties'][number], depth: number) => {
    options.push({ id: party.id, label: { text: party.name }, depth });
    for (const child of children.get(party.id) ?? []) visit(child, depth + 1);
  };
  for (const party of dataset.parties) {
    if (party.parent === undefined || !dataset.partiesById.has(party.parent)) visit(party, 0);
  }
  return options;
}

/** A place's id in the URL: its English name as a slug (`Samarkand, Uzbekistan` → `samarkand-uzbekistan`). */
export function placeId(place: LocalizedText): string | undefined {
  const name = place.en ?? place.ru ?? place.kk ?? '';
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
  return slug === '' ? undefined : slug;
}

/** Places by how many events they have (most first), then by id. */
function placeOptions(dataset: Dataset): FacetOption[] {
  const places = new Map<string, { text: LocalizedText; count: number }>();
  for (const event of dataset.events) {
    if (!event.place) continue;
    const id = placeId(event.place);
    if (id === undefined) continue;
    const seen = places.get(id);
    if (seen) seen.count += 1;
    else places.set(id, { text: event.place, count: 1 });
  }
  return [...places]
    .sort(([a, x], [b, y]) => y.count - x.count || (a < b ? -1 : 1))
    .map(([id, { text }]) => ({ id, label: { text } }));
}

const party: Facet<'party'> = {
  param: 'party',
  legend: 'filters.party.legend',
  codec: listCodec(isSlug),
  values: (event) => event.parties,
  options: partyOptions,
  expand: withDescendants,
  matchable: true,
};

const type: Facet<'type'> = {
  param: 'type',
  legend: 'filters.type.legend',
  codec: listCodec(isOneOf(EVENT_TYPES)),
  values: (event) => event.type,
  options: () => EVENT_TYPES.map((id) => ({ id, label: { key: `types.${id}` } })),
  hideEmpty: true,
};

const track: Facet<'track'> = {
  param: 'track',
  legend: 'filters.track.legend',
  codec: listCodec(isSlug),
  values: (event) => event.track,
  options: (dataset) =>
    dataset.tracks.map((track) => ({ id: track.id, label: { text: track.name } })),
  page: (id) => ({ kind: 'track', id }),
};

const status: Facet<'status'> = {
  param: 'status',
  legend: 'filters.status.legend',
  codec: listCodec(isOneOf(EVENT_STATUSES)),
  values: (event) => event.status,
  options: () => EVENT_STATUSES.map((id) => ({ id, label: { key: `event.status.${id}` } })),
};

const place: Facet<'place'> = {
  param: 'place',
  legend: 'filters.place.legend',
  codec: listCodec(isSlug),
  values: (event) => (event.place ? placeId(event.place) : undefined),
  options: placeOptions,
  hideEmpty: true,
};

const stage: Facet<'stage'> = {
  param: 'stage',
  legend: 'filters.stage.legend',
  codec: listCodec(isOneOf(STAGES)),
  values: (event) => event.stage,
  options: () => STAGES.map((id) => ({ id, label: { key: `stages.${id}` } })),
  hideEmpty: true,
};

/** "Official sources only": events citing at least one official or legal-text source. */
const sources: Facet<'sources'> = {
  param: 'sources',
  legend: 'filters.sources.legend',
  codec: listCodec(isOneOf(['official'])),
  values: (event) => (hasOfficialSource(event) ? 'official' : undefined),
  options: () => [{ id: 'official', label: { key: 'filters.sources.official' } }],
};

/** The facets, in the panel's and the URL's order. */
export const FACETS = [party, type, track, stage, status, place, sources] as const;
export type FacetParam = (typeof FACETS)[number]['param'];

const optionCache = new WeakMap<Dataset, Map<string, readonly FacetOption[]>>();
/** A facet's options for a dataset, computed once per dataset. */
export function facetOptions(facet: Facet, dataset: Dataset): readonly FacetOption[] {
  let byFacet = optionCache.get(dataset);
  if (!byFacet) {
    byFacet = new Map();
    optionCache.set(dataset, byFacet);
  }
  let options = byFacet.get(facet.param);
  if (!options) {
    options = facet.options(dataset);
    byFacet.set(facet.param, options);
  }
  return options;
}

/** Whether the event's value(s) meet the set. */
export function valuesIn(
  values: string | readonly string[] | undefined,
  set: ReadonlySet<string>,
): boolean {
  if (values === undefined) return false;
  if (typeof values === 'string') return set.has(values);
  return values.some((value) => set.has(value));
}
