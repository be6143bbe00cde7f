import * as z from 'zod/mini';
import {
  fullDateSchema,
  httpUrlSchema,
  languageCodeSchema,
  localizedTextSchema,
  nonBlank,
  partialDateSchema,
  personSchema,
  slugSchema,
  sourceSchema,
} from './dataset-schema-base.ts';
import { parsePartialDate, startOf } from './partial-date.ts';
import { EVENT_STATUSES, EVENT_TYPES, PARTY_KINDS, STAGES } from './vocabulary.ts';

export type { LocalizedText, Source } from './dataset-schema-base.ts';
export { EVENT_STATUSES, EVENT_TYPES, type EventStatus, type EventType } from './vocabulary.ts';

/** Dataset format, version 1: the file as a whole; its building blocks are in dataset-schema-base.ts. */

const partySchema = z
  .strictObject({
    id: slugSchema,
    name: localizedTextSchema,
    shortName: z.optional(localizedTextSchema),
    kind: z.enum(PARTY_KINDS),
    parent: z.optional(slugSchema),
  })
  .register(z.globalRegistry, { id: 'Party' });
export type Party = z.infer<typeof partySchema>;

/** `end` (inclusive, any precision) must not start before the start date. */
function endNotBeforeStart<T extends { end?: string | undefined }>(
  startOfItem: (item: T) => string,
) {
  return z.superRefine<T>((item, ctx) => {
    if (item.end === undefined) return;
    const startText = startOfItem(item);
    const start = parsePartialDate(startText);
    const end = parsePartialDate(item.end);
    if (start && end && startOf(end) < startOf(start)) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        input: item.end,
        message: `is before the start date ${startText}`,
      });
    }
  });
}

export const eventSchema = z
  .strictObject({
    id: slugSchema,
    date: partialDateSchema,
    end: z.optional(partialDateSchema),
    type: z.enum(EVENT_TYPES),
    status: z._default(z.enum(EVENT_STATUSES), 'held'),
    /** The step of its track's process the event marks, if any. */
    stage: z.optional(z.enum(STAGES)),
    /** For a ratification: the party that ratified (or consented). */
    stageBy: z.optional(slugSchema),
    parties: z.array(slugSchema).check(z.minLength(1, 'needs at least one party')),
    track: slugSchema,
    place: z.optional(localizedTextSchema),
    title: localizedTextSchema,
    summary: localizedTextSchema,
    note: z.optional(localizedTextSchema),
    people: z.optional(z.array(personSchema)),
    sources: z.array(sourceSchema).check(z.minLength(1, 'needs at least one source')),
    related: z.optional(z.array(slugSchema)),
    /** Ids of the dataset's `documents` this event concerns (an agreement's text, a law). */
    documents: z.optional(z.array(slugSchema)),
    /** When the event entered the record, and when it last changed (required when shipped). */
    added: z.optional(fullDateSchema),
    updated: z.optional(fullDateSchema),
  })
  .check(endNotBeforeStart((event) => event.date))
  .register(z.globalRegistry, { id: 'Event' });
export type TimelineEvent = z.infer<typeof eventSchema>;

/**
 * An era drawn behind the events (an agreement in force, a presidency). `end` is the last day,
 * inclusive; without it the period is still going on. Period ids are separate from event ids.
 */
export const periodSchema = z
  .strictObject({
    id: slugSchema,
    start: partialDateSchema,
    end: z.optional(partialDateSchema),
    label: localizedTextSchema,
    note: z.optional(localizedTextSchema),
    sources: z.array(sourceSchema).check(z.minLength(1, 'needs at least one source')),
  })
  .check(endNotBeforeStart((period) => period.start))
  .register(z.globalRegistry, {
    id: 'Period',
    description:
      'An era shown behind the events. end is the last day (inclusive); without end it is ongoing.',
  });
export type Period = z.infer<typeof periodSchema>;

const trackSchema = z
  .strictObject({
    id: slugSchema,
    name: localizedTextSchema,
    /** What the track is (the process or dialogue it follows), with its sources. */
    description: z.optional(localizedTextSchema),
    sources: z.optional(z.array(sourceSchema)),
  })
  .register(z.globalRegistry, { id: 'Track' });
export type Track = z.infer<typeof trackSchema>;

/** A guided story: an editor's walk through events, each step with a caption. */
export const storySchema = z
  .strictObject({
    id: slugSchema,
    title: localizedTextSchema,
    summary: localizedTextSchema,
    steps: z
      .array(z.strictObject({ event: slugSchema, caption: localizedTextSchema }))
      .check(z.minLength(1, 'needs at least one step')),
  })
  .register(z.globalRegistry, {
    id: 'Story',
    description: 'A guided walk through events, in order; each step names an event id.',
  });
export type Story = z.infer<typeof storySchema>;

/**
 * An official text (a treaty, a law, a Council decision) as a record of its own: its reference
 * (the Official Journal's, a law's number and date) and where to read it, per language.
 */
export const documentSchema = z
  .strictObject({
    id: slugSchema,
    title: localizedTextSchema,
    date: partialDateSchema,
    reference: z.optional(nonBlank),
    track: z.optional(slugSchema),
    publisher: nonBlank,
    /** Where to read it: one entry per language it is published in (any language code). */
    texts: z
      .array(z.strictObject({ url: httpUrlSchema, lang: languageCodeSchema }))
      .check(z.minLength(1, 'needs at least one text')),
    note: z.optional(localizedTextSchema),
  })
  .register(z.globalRegistry, {
    id: 'Document',
    description: 'An official text (treaty, law, decision), with its reference and URLs.',
  });
export type OfficialDocument = z.infer<typeof documentSchema>;

export const SCHEMA_VERSION = 1;

const envelopeShape = {
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: slugSchema,
  title: localizedTextSchema,
  description: localizedTextSchema,
  updated: fullDateSchema,
  /** The release (semantic version); the changelog compares it with the previous one. */
  version: z.optional(
    z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'is not a version such as "1.2.0"')),
  ),
  parties: z.array(partySchema).check(z.minLength(1, 'needs at least one party')),
  tracks: z.array(trackSchema).check(z.minLength(1, 'needs at least one track')),
};

/** The file as a whole, for the generated JSON Schema and for editors. */
export const datasetFileSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    ...envelopeShape,
    periods: z.optional(z.array(periodSchema)),
    events: z.array(eventSchema).check(z.minLength(1)),
    stories: z.optional(z.array(storySchema)),
    documents: z.optional(z.array(documentSchema)),
  })
  .register(z.globalRegistry, {
    title: 'Bilateral Timeline dataset',
    description: 'Dataset format version 1.',
  });

/**
 * Everything but the periods and events, which are validated one by one so that one bad item hides
 * only itself.
 */
export const datasetEnvelopeSchema = z.object({
  $schema: z.optional(z.string()),
  ...envelopeShape,
  periods: z.optional(z.array(z.unknown())),
  events: z.array(z.unknown()).check(z.minLength(1, 'has no events')),
  stories: z.optional(z.array(z.unknown())),
  documents: z.optional(z.array(z.unknown())),
});
