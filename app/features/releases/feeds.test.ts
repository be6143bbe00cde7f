import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../domain/dataset.ts';
import { LANGUAGES } from '../../domain/languages.ts';
import { localize } from '../../domain/localize.ts';
import { hostileDatasetJson } from '../../domain/testing/hostile-dataset.ts';
import { shippedDataset } from '../../domain/testing/shipped-dataset.ts';
import { createI18n } from '../../i18n.ts';
import { buildAtom, FEED_ENTRIES } from './feeds.ts';

const ROOT = 'https://timeline.example/';
const ATOM = 'http://www.w3.org/2005/Atom';
const shipped = shippedDataset();

/** A real XML parser; linkedom types its nodes as `any`, they are DOM elements. */
function parseAtom(xml: string) {
  const document = new DOMParser().parseFromString(xml, 'text/xml');
  const feed = document.documentElement;
  const entries = [...(document.querySelectorAll('entry') as NodeListOf<globalThis.Element>)];
  return { feed, entries };
}

describe('the Atom feed', () => {
  it.each(LANGUAGES)('%s: entries newest first, each linking to its event page', (lang) => {
    const xml = buildAtom({ dataset: shipped, lang, root: ROOT, t: createI18n(lang).t });
    const { feed, entries } = parseAtom(xml);
    expect(feed.getAttribute('xmlns')).toBe(ATOM);
    expect(feed.getAttribute('xml:lang')).toBe(lang);
    expect(entries.length).toBe(Math.min(FEED_ENTRIES, shipped.events.length));
    const updated = entries.map((entry) => entry.querySelector('updated')?.textContent ?? '');
    expect([...updated].sort().reverse()).toEqual(updated);
    const first = entries[0];
    const href = first?.querySelector('link')?.getAttribute('href') ?? '';
    expect(href).toMatch(new RegExp(`^${ROOT}${lang}/events/[a-z0-9-]+$`));
    const event = shipped.eventsById.get(href.split('/').at(-1) ?? '');
    expect(first?.querySelector('title')?.textContent).toBe(
      event && localize(event.title, lang).text,
    );
  });

  it('carries hostile text as text: escaped, characters XML cannot hold dropped', () => {
    const parsed = parseDataset(hostileDatasetJson());
    if (!parsed.ok) throw new Error('hostile dataset did not parse');
    const events = parsed.dataset.events.filter((event) => event.id.startsWith('hostile-'));
    const xml = buildAtom({
      dataset: { ...parsed.dataset, events },
      lang: 'en',
      root: ROOT,
      t: createI18n('en').t,
    });
    expect(xml).not.toMatch(/<script/i);
    // No control character but tab, line feed and carriage return.
    // eslint-disable-next-line no-control-regex -- the point of the check
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    const { entries } = parseAtom(xml);
    expect(entries.length).toBe(events.length);
    // The hostile titles come through as the text they are.
    expect(xml).toContain('&lt;');
  });
});
