import type { LocalizedText } from './dataset-schema.ts';
import { LANGUAGES, type Lang } from './languages.ts';

export interface LocalizedString {
  text: string;
  /** The language the text is really in, for the element's `lang` attribute. */
  lang: Lang;
}

/** The text in `lang`, else English, else any language it has. */
export function localize(text: LocalizedText, lang: Lang): LocalizedString {
  for (const candidate of [lang, 'en' as const, ...LANGUAGES]) {
    const value = text[candidate];
    if (value !== undefined) return { text: value, lang: candidate };
  }
  // The schema guarantees at least one language; this keeps the type total.
  return { text: '', lang };
}
