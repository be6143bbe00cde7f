import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { LANGUAGES, type Lang } from './languages.ts';
import { parsePartialDate } from './partial-date.ts';
import { SOURCE_KINDS } from './vocabulary.ts';

// No code generation: the app runs under a CSP without 'unsafe-eval', and zod's probe for eval
// would be reported as a violation even though it is caught. zod/mini (a third of classic zod's
// size, and its schemas are cheaper to build) has no messages of its own: English ones, as
// classic zod has, for the problems `data:check` and the dataset notice list.
z.config({ jitless: true, ...en() });

/**
 * The building blocks of the dataset format (texts, ids, dates, URLs, sources); the format itself
 * is dataset-schema.ts. Dataset format, version 1. These files are the single definition: the app validates with it,
 * `npm run data:check` validates with it, and `public/data/dataset.schema.json` is generated from it.
 */

export const nonBlank = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'must not be empty'),
    z.maxLength(20_000, 'is too long (over 20,000 characters)'),
  );

export const localizedTextSchema = z
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

export const slugSchema = z
  .string()
  .check(
    z.maxLength(100, 'is too long for an id (over 100 characters)'),
    z.regex(
      /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
      'is not a valid id (expected a lowercase slug such as "epca-signed")',
    ),
  );

const DATE_HINT = 'is not a valid date (expected YYYY, YYYY-MM or YYYY-MM-DD)';
export const partialDateSchema = z
  .string()
  .check(z.refine((value) => parsePartialDate(value) !== undefined, DATE_HINT))
  .register(z.globalRegistry, {
    id: 'PartialDate',
    description: 'YYYY, YYYY-MM or YYYY-MM-DD; the form is the precision.',
    pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
  });

export const fullDateSchema = z
  .string()
  .check(
    z.refine(
      (value) => parsePartialDate(value)?.precision === 'day',
      'is not a valid date (expected YYYY-MM-DD)',
    ),
  );

export const httpUrlSchema = z.string().check(
  z.refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'is not an http(s) URL'),
);

export const languageCodeSchema = z
  .string()
  .check(
    z.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'is not a language code such as "en" or "kk"'),
  );

export const personSchema = z
  .strictObject({
    name: localizedTextSchema,
    role: z.optional(localizedTextSchema),
    party: z.optional(slugSchema),
  })
  .register(z.globalRegistry, { id: 'Person' });

export const sourceSchema = z
  .strictObject({
    url: httpUrlSchema,
    publisher: nonBlank,
    title: z.optional(nonBlank),
    lang: languageCodeSchema,
    published: z.optional(partialDateSchema),
    /** Who stands behind it: see SOURCE_KINDS. Required in the shipped dataset (data:check). */
    kind: z.optional(z.enum(SOURCE_KINDS)),
  })
  .register(z.globalRegistry, { id: 'Source' });
export type Source = z.infer<typeof sourceSchema>;
