import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { LANGUAGES, type Lang } from './languages.ts';
import { parsePartialDate, startOf } from './partial-date.ts';
import { EVENT_STATUSES, EVENT_TYPES, PARTY_KINDS, STAGES } from './vocabulary.ts';

export { EVENT_STATUSES, EVENT_TYPES, type EventStatus, type EventType } from './vocabulary.ts';

// No code generation: the app runs under a CSP without 'unsafe-eval', and zod's probe for eval
// would be reported as a violation even though it is caught. zod/mini (a third of classic zod's
// size, and its schemas are cheaper to build) has no messages of its own: English ones, as
// classic zod has, for the problems `data:check` and the dataset notice list.
z.config({ jitless: true, ...en() });

/**
 * Dataset format, version 1. This file is the single definition: the app validates with it,
 * `npm run data:check` validates with it, and `public/data/dataset.schema.json` is generated from it.
 */

const nonBlank = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'must not be empty'),
    z.maxLength(20_000, 'is too long (over 20,000 characters)'),
  );

const localizedTextSchema = z
  .strictObject(
    Object.fromEntries(LANGUAGES.map((lang) => [lang, z.optional(nonBlank)])) as Record<
      Lang,
      z.ZodMiniOptional<typeof nonBlank>
    >,
  )
  .check(
    z.refine((text) => LANGUAGES.some((lang) => text[lang] !== undefined), {
      message: 'needs at least one of kk, en, ru',
    }),
  )
  .register(z.globalRegistry, {
    id: 'LocalizedText',
    description:
      'A human text in up to three languages; kk, en and ru are all required in shipped datasets.',
  });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

const slugSchema = z
  .string()
  .check(
    z.maxLength(100, 'is too long for an id (over 100 characters)'),
    z.regex(
      /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
      'is not a valid id (expected a lowercase slug such as "epca-signed")',
    ),
  );

const DATE_HINT = 'is not a valid date (expected YYYY, YYYY-MM or YYYY-MM-DD)';
const partialDateSchema = z
  .string()
  .check(z.refine((value) => parsePartialDate(value) !== undefined, DATE_HINT))
  .register(z.globalRegistry, {
    id: 'PartialDate',
    description: 'YYYY, YYYY-MM or YYYY-MM-DD; the form is the precision.',
    pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
  });

const fullDateSchema = z
  .string()
  .check(
    z.refine(
      (value) => parsePartialDate(value)?.precision === 'day',
      'is not a valid date (expected YYYY-MM-DD)',
    ),
  );

const httpUrlSchema = z.string().check(
  z.refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'is not an http(s) URL'),
);

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

const personSchema = z
  .strictObject({
    name: localizedTextSchema,
    role: z.optional(localizedTextSchema),
    party: z.optional(slugSchema),
  })
  .register(z.globalRegistry, { id: 'Person' });

const sourceSchema = z
  .strictObject({
    url: httpUrlSchema,
    publisher: nonBlank,
    title: z.optional(nonBlank),
    lang: z
      .string()
      .check(
        z.regex(
          /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/,
          'is not a language code such as "en" or "kk"',
        ),
      ),
    published: z.optional(partialDateSchema),
  })
  .register(z.globalRegistry, { id: 'Source' });
export type Source = z.infer<typeof sourceSchema>;

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

export const SCHEMA_VERSION = 1;

const envelopeShape = {
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: slugSchema,
  title: localizedTextSchema,
  description: localizedTextSchema,
  updated: fullDateSchema,
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
});
