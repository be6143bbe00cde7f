/**
 * The Atom feed of a language (`/<lang>/feed.xml`): the events, most recently added or changed
 * first, each linking to its page. Written by the build (scripts/prerender.ts); text only, escaped
 * for XML, with the characters XML cannot carry dropped.
 */
import type { TFunction } from 'i18next';
import type { Dataset } from '../../domain/dataset.ts';
import { formatDateRange } from '../../domain/format-date.ts';
import type { Lang } from '../../domain/languages.ts';
import { localize } from '../../domain/localize.ts';
import { feedPaths, pagePath } from '../../domain/page-meta.ts';

/** At most this many entries: a feed is for what is new, the dataset for the whole record. */
export const FEED_ENTRIES = 100;

// Characters outside XML 1.0's range (control characters, lone surrogates) cannot appear at all.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const xml = (text: string) =>
  text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
const instant = (day: string) => `${day}T00:00:00Z`;

export function buildAtom({
  dataset,
  lang,
  root,
  t,
}: {
  dataset: Dataset;
  lang: Lang;
  /** The site's absolute base URL, with a trailing slash. */
  root: string;
  t: TFunction;
}): string {
  const url = (path: string) => new URL(path, root).href;
  const entries = [...dataset.events]
    .sort(
      (a, b) =>
        (b.updated ?? '').localeCompare(a.updated ?? '') ||
        (b.added ?? '').localeCompare(a.added ?? '') ||
        b.date.localeCompare(a.date),
    )
    .slice(0, FEED_ENTRIES)
    .map((event) => {
      const link = url(pagePath(lang, event.id));
      const fresh = event.added !== undefined && event.added === event.updated;
      const summary = [
        `${formatDateRange(event.date, event.end, lang)} · ${t(`types.${event.type}`)}`,
        localize(event.summary, lang).text,
      ].join('\n\n');
      return [
        '  <entry>',
        `    <id>${xml(link)}</id>`,
        `    <title>${xml(localize(event.title, lang).text)}</title>`,
        `    <link rel="alternate" type="text/html" hreflang="${lang}" href="${xml(link)}"/>`,
        event.added ? `    <published>${instant(event.added)}</published>` : '',
        `    <updated>${instant(event.updated ?? dataset.updated)}</updated>`,
        `    <category term="${fresh ? 'added' : 'changed'}" label="${xml(t(fresh ? 'changes.new' : 'changes.updated'))}"/>`,
        `    <summary type="text">${xml(summary)}</summary>`,
        '  </entry>',
      ]
        .filter(Boolean)
        .join('\n');
    });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`,
    `  <id>${xml(url(pagePath(lang)))}</id>`,
    `  <title>${xml(`${localize(dataset.title, lang).text} · ${t('app.name')}`)}</title>`,
    `  <subtitle>${xml(localize(dataset.description, lang).text)}</subtitle>`,
    `  <updated>${instant(dataset.updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(url(feedPaths(lang).atom))}"/>`,
    `  <link rel="alternate" type="text/html" hreflang="${lang}" href="${xml(url(pagePath(lang)))}"/>`,
    `  <author><name>${xml(t('app.name'))}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
