import type { Lang } from './languages.ts';

/** Open Graph locales (`og:locale`), one per interface language. */

/** The document title: event, dataset, app name; the parts that exist, joined with ` · `. */
export function pageTitle(parts: readonly (string | undefined)[]): string {
  return parts.filter(Boolean).join(' · ');
}

/**
 * A meta description: whitespace collapsed, at most `max` characters, cut at a word boundary
 * with an ellipsis when it had to be shortened.
 */
export function metaDescription(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const head = space > max / 2 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** The app's path for a language home or an event, relative to the base (no leading slash). */
export function pagePath(lang: Lang, eventId?: string): string {
  return eventId === undefined ? lang : `${lang}/events/${encodeURIComponent(eventId)}`;
}
