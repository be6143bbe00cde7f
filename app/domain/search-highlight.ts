/**
 * Where a search matched, marked in an event's texts: runs of plain and matching text (rendered
 * as text, never HTML), excerpts around the first match, and which text to show when the title
 * does not show the match.
 */

import type { TimelineEvent } from './dataset-schema.ts';
import { LANGUAGES, type Lang } from './languages.ts';
import type { SearchHits } from './search.ts';
import { fold } from './search-text.ts';

export interface Segment {
  text: string;
  hit: boolean;
}

/** A text cut into plain and matching runs, for highlighting as text (never HTML). */
export function highlight(
  text: string,
  hits: Pick<SearchHits, 'terms' | 'queryTerms'> | undefined,
): Segment[] {
  if (!hits) return [{ text, hit: false }];
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = fold(match[0]);
    const hit = hits.terms.has(word) || hits.queryTerms.some((term) => word.startsWith(term));
    if (!hit) continue;
    const index = match.index;
    if (index > last) segments.push({ text: text.slice(last, index), hit: false });
    segments.push({ text: match[0], hit: true });
    last = index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), hit: false });
  return segments;
}

/** A short excerpt around the first matching word, or undefined when nothing matches. */
export function excerpt(text: string, hits: SearchHits, radius = 70): Segment[] | undefined {
  const segments = highlight(text, hits);
  let offset = 0;
  for (const segment of segments) {
    if (segment.hit) {
      const start = Math.max(0, text.lastIndexOf(' ', Math.max(0, offset - radius)) + 1);
      const endSpace = text.indexOf(' ', offset + segment.text.length + radius);
      const end = endSpace === -1 ? text.length : endSpace;
      const cut = highlight(text.slice(start, end), hits);
      return [
        ...(start > 0 ? [{ text: '… ', hit: false }] : []),
        ...cut,
        ...(end < text.length ? [{ text: ' …', hit: false }] : []),
      ];
    }
    offset += segment.text.length;
  }
  return undefined;
}

/**
 * Where an event matched, when its title in the interface language does not show it: an excerpt
 * of its summary, or else of its title or summary in another language (with that language, so
 * the text is marked up and read correctly).
 */
export function matchContext(
  event: TimelineEvent,
  lang: Lang,
  hits: SearchHits,
): { segments: Segment[]; lang: Lang } | undefined {
  const title = event.title[lang];
  if (title !== undefined && highlight(title, hits).some((segment) => segment.hit))
    return undefined;
  const others = LANGUAGES.filter((other) => other !== lang);
  const candidates: [string | undefined, Lang][] = [
    [event.summary[lang], lang],
    ...others.map((other): [string | undefined, Lang] => [event.title[other], other]),
    ...others.map((other): [string | undefined, Lang] => [event.summary[other], other]),
    [event.place?.[lang], lang],
  ];
  for (const [text, textLang] of candidates) {
    const segments = text === undefined ? undefined : excerpt(text, hits);
    if (segments) return { segments, lang: textLang };
  }
  return undefined;
}
