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

/**
 * A page of the app below a language's home: an event, a track, a story (a step of it) or a
 * release's "What changed" (its id is the version).
 */
export interface PageRef {
  kind: 'event' | 'track' | 'story' | 'release';
  id: string;
  /** A story's step, from 1; the first step's page is the story's. */
  step?: number;
}

const SEGMENT = {
  event: 'events',
  track: 'tracks',
  story: 'stories',
  release: 'releases',
} as const;

/**
 * The app's path for a language home or a page (an event id stands for its event), relative to
 * the base (no leading slash).
 */
export function pagePath(lang: Lang, page?: PageRef | string): string {
  if (page === undefined) return lang;
  const ref = typeof page === 'string' ? { kind: 'event' as const, id: page } : page;
  const path = `${lang}/${SEGMENT[ref.kind]}/${encodeURIComponent(ref.id)}`;
  return ref.step !== undefined && ref.step > 1 ? `${path}/${ref.step}` : path;
}

/**
 * The feeds of a language, relative to the base: its Atom feed of added and changed events, and
 * its iCalendar subscription (every event, planned ones included; English at `data/kz-eu.ics`).
 */
export function feedPaths(lang: Lang): { atom: string; calendar: string } {
  return {
    atom: `${lang}/feed.xml`,
    calendar: lang === 'en' ? 'data/kz-eu.ics' : `data/kz-eu.${lang}.ics`,
  };
}
