/**
 * What the search index holds: each event as a document of its texts in every language, and the
 * options both the page and the dataset worker index them with (search.ts, search-index-build.ts),
 * so an index built by either is the same.
 */
import type { LocalizedText, TimelineEvent } from './dataset-schema.ts';
import { LANGUAGES, type Lang } from './languages.ts';
import { fold, tokenize } from './search-text.ts';

export type FieldName =
  `${'title' | 'summary' | 'place' | 'note'}_${Lang}` | 'people' | 'publishers';
export const FIELDS: FieldName[] = [
  ...LANGUAGES.flatMap(
    (lang) => [`title_${lang}`, `summary_${lang}`, `place_${lang}`, `note_${lang}`] as const,
  ),
  'people',
  'publishers',
];

/** MiniSearch's options for the index (the engine's own type is left to its chunk). */
export const INDEX_OPTIONS = {
  fields: FIELDS,
  idField: 'id',
  tokenize,
  processTerm: (term: string) => fold(term) || null,
};

const all = (text: LocalizedText | undefined) =>
  text ? LANGUAGES.map((lang) => text[lang] ?? '').join(' ') : '';

export function toDocument(event: TimelineEvent): Record<string, string> {
  const doc: Record<string, string> = { id: event.id };
  for (const lang of LANGUAGES) {
    doc[`title_${lang}`] = event.title[lang] ?? '';
    doc[`summary_${lang}`] = event.summary[lang] ?? '';
    doc[`place_${lang}`] = event.place?.[lang] ?? '';
    doc[`note_${lang}`] = event.note?.[lang] ?? '';
  }
  doc.people = (event.people ?? [])
    .map((person) => `${all(person.name)} ${all(person.role)}`)
    .join(' ');
  doc.publishers = event.sources.map((source) => source.publisher).join(' ');
  return doc;
}
