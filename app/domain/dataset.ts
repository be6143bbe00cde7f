import {
  datasetEnvelopeSchema,
  eventSchema,
  SCHEMA_VERSION,
  type LocalizedText,
  type OfficialDocument,
  type Party,
  type Period,
  type Story,
  type TimelineEvent,
  type Track,
} from './dataset-schema.ts';
import { linkDocuments, parseDocuments } from './dataset-documents.ts';
import { parsePeriods } from './dataset-periods.ts';
import { parseStories } from './dataset-stories.ts';
import type { DatasetProblem } from './dataset-problem.ts';
import { fromZod, idOf, preview, valueAt } from './dataset-raw.ts';
import { compareDateStrings } from './partial-date.ts';

export { formatProblem, type DatasetProblem } from './dataset-problem.ts';

export interface Dataset {
  id: string;
  title: LocalizedText;
  description: LocalizedText;
  updated: string;
  /** The release, when the file names one (the shipped file does). */
  version?: string | undefined;
  parties: readonly Party[];
  tracks: readonly Track[];
  /** Valid periods only (eras drawn behind the events), in file order; empty when none. */
  periods: readonly Period[];
  /** Valid stories only (each step naming a valid event), in file order; empty when none. */
  stories: readonly Story[];
  storiesById: ReadonlyMap<string, Story>;
  /** Valid official texts, in file order; empty when none. */
  documents: readonly OfficialDocument[];
  documentsById: ReadonlyMap<string, OfficialDocument>;
  /** Valid events only, sorted by date then id. */
  events: readonly TimelineEvent[];
  eventsById: ReadonlyMap<string, TimelineEvent>;
  partiesById: ReadonlyMap<string, Party>;
  tracksById: ReadonlyMap<string, Track>;
}

export type ParseResult =
  | { ok: true; dataset: Dataset; problems: DatasetProblem[] }
  | {
      ok: false;
      reason: 'not-json' | 'schema-version' | 'invalid' | 'no-events';
      problems: DatasetProblem[];
    };

/**
 * Validates a parsed JSON document. The envelope must be valid; each period and each event is
 * checked on its own (schema, then cross-references), so a broken one is reported and left out
 * while the rest show.
 */
export function parseDataset(json: unknown): ParseResult {
  const version = valueAt(json, ['schemaVersion']);
  if (version !== undefined && version !== SCHEMA_VERSION) {
    return {
      ok: false,
      reason: 'schema-version',
      problems: [
        {
          path: ['schemaVersion'],
          message: `${preview(version)} is not supported (expected ${SCHEMA_VERSION})`,
          severity: 'error',
        },
      ],
    };
  }
  const envelope = datasetEnvelopeSchema.safeParse(json);
  if (!envelope.success) {
    const problems = fromZod(envelope.error, json, {});
    const noEvents = envelope.error.issues.some((issue) => issue.path[0] === 'events');
    return { ok: false, reason: noEvents ? 'no-events' : 'invalid', problems };
  }
  const file = envelope.data;
  const problems: DatasetProblem[] = [];

  const partiesById = new Map(file.parties.map((party) => [party.id, party]));
  const tracksById = new Map(file.tracks.map((track) => [track.id, track]));
  file.parties.forEach((party, index) => {
    if (party.parent !== undefined && !partiesById.has(party.parent)) {
      problems.push({
        path: ['parties', index, 'parent'],
        message: `"${party.parent}" is not a party id`,
        severity: 'error',
      });
    }
  });
  for (const [list, key] of [
    [file.parties, 'parties'],
    [file.tracks, 'tracks'],
  ] as const) {
    const seen = new Set<string>();
    list.forEach((item, index) => {
      if (seen.has(item.id))
        problems.push({
          path: [key, index, 'id'],
          message: `"${item.id}" is used twice`,
          severity: 'error',
        });
      seen.add(item.id);
    });
  }

  const periods = parsePeriods(file.periods ?? [], problems);
  const documents = parseDocuments(file.documents ?? [], new Set(tracksById.keys()), problems);
  const documentIds = new Set(documents.map((document) => document.id));

  const candidates: { event: TimelineEvent; index: number }[] = [];
  const seenIds = new Set<string>();
  file.events.forEach((raw, index) => {
    const base = { eventIndex: index, eventId: idOf(raw) };
    const result = eventSchema.safeParse(raw);
    if (!result.success) {
      problems.push(...fromZod(result.error, raw, base));
      return;
    }
    const event = result.data;
    const errors: DatasetProblem[] = [];
    if (seenIds.has(event.id))
      errors.push({
        ...base,
        path: ['id'],
        message: `"${event.id}" is used by an earlier event`,
        severity: 'error',
      });
    event.parties.forEach((party, i) => {
      if (!partiesById.has(party))
        errors.push({
          ...base,
          path: ['parties', i],
          message: `"${party}" is not a party id`,
          severity: 'error',
        });
    });
    if (event.stageBy !== undefined && !partiesById.has(event.stageBy))
      errors.push({
        ...base,
        path: ['stageBy'],
        message: `"${event.stageBy}" is not a party id`,
        severity: 'error',
      });
    if (!tracksById.has(event.track))
      errors.push({
        ...base,
        path: ['track'],
        message: `"${event.track}" is not a track id`,
        severity: 'error',
      });
    event.people?.forEach((person, i) => {
      if (person.party !== undefined && !partiesById.has(person.party)) {
        errors.push({
          ...base,
          path: ['people', i, 'party'],
          message: `"${person.party}" is not a party id`,
          severity: 'error',
        });
      }
    });
    seenIds.add(event.id);
    problems.push(...errors);
    if (errors.length === 0) candidates.push({ event, index });
  });

  // Related ids are checked last, against every valid event; a dangling one is dropped, not fatal.
  const validIds = new Set(candidates.map(({ event }) => event.id));
  const events = candidates.map(({ event: candidate, index }) => {
    const event = linkDocuments(candidate, index, documentIds, problems);
    if (!event.related) return event;
    const related = event.related.filter((id, i) => {
      const ok = validIds.has(id) && id !== event.id;
      if (!ok)
        problems.push({
          eventIndex: index,
          eventId: event.id,
          path: ['related', i],
          message: `"${id}" is not another event's id`,
          severity: 'warning',
        });
      return ok;
    });
    return { ...event, related };
  });
  if (events.length === 0) {
    return {
      ok: false,
      reason: 'no-events',
      problems: [
        ...problems,
        { path: ['events'], message: 'has no valid events', severity: 'error' },
      ],
    };
  }
  events.sort((a, b) => compareDateStrings(a.date, b.date) || compareDateStrings(a.id, b.id));
  const stories = parseStories(file.stories ?? [], validIds, problems);

  return {
    ok: true,
    problems,
    dataset: {
      id: file.id,
      title: file.title,
      description: file.description,
      updated: file.updated,
      version: file.version,
      parties: file.parties,
      tracks: file.tracks,
      periods,
      stories,
      storiesById: new Map(stories.map((story) => [story.id, story])),
      documents,
      documentsById: new Map(documents.map((document) => [document.id, document])),
      events,
      eventsById: new Map(events.map((event) => [event.id, event])),
      partiesById,
      tracksById,
    },
  };
}
