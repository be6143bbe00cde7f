import { describe, expect, it } from 'vitest';
import { attr, find, findAll, parseDocument, text } from '../scripts/lib/html.ts';
import { parseDataset } from './domain/dataset.ts';
import { shippedJson } from './domain/testing/shipped-dataset.ts';
import { renderPage } from './entry-server.tsx';

const HOSTILE = `"></title><script>alert(1)</script><img src=x onerror=alert(2)>&amp;`;

/** The shipped dataset with hostile text in the dataset title and in one event's fields. */
function hostileDataset() {
  const json = structuredClone(shippedJson) as {
    title: Record<string, string>;
    events: { id: string; title: Record<string, string>; summary: Record<string, string> }[];
  };
  json.title.en = HOSTILE;
  const event = json.events.find((e) => e.id === 'epca-signed');
  if (!event) throw new Error('fixture');
  event.title.en = HOSTILE;
  event.summary.en = `${HOSTILE} ${'word '.repeat(40)}`;
  const result = parseDataset(json);
  if (!result.ok) throw new Error('fixture');
  return result.dataset;
}

describe('renderPage (build-time pages)', () => {
  it('writes dataset text as text, in the head and in the body', async () => {
    const { head, body } = await renderPage({
      dataset: hostileDataset(),
      lang: 'en',
      page: { kind: 'event', id: 'epca-signed' },
      root: 'https://example.org/',
    });
    const document = parseDocument(
      `<!doctype html><html><head>${head}</head><body><div id="root">${body}</div></body></html>`,
    );
    expect(findAll(document, 'script')).toHaveLength(0);
    expect(findAll(document, 'img')).toHaveLength(0);
    expect(text(find(document, 'title'))).toBe(`${HOSTILE} · ${HOSTILE} · Bilateral Timeline`);
    expect(attr(find(document, 'meta', { property: 'og:title' }), 'content')).toBe(
      `${HOSTILE} · ${HOSTILE} · Bilateral Timeline`,
    );
    expect(attr(find(document, 'meta', { name: 'description' }), 'content')).toMatch(
      /^"><\/title><script>alert\(1\)<\/script>.* word…$/,
    );
    expect(text(find(document, 'h1'))).toBe(HOSTILE);
    expect(text(find(document, 'h2', { id: 'event-title' }))).toBe(HOSTILE);
  });

  it('tells readers without JavaScript on a home page what they are missing', async () => {
    const { body } = await renderPage({
      dataset: hostileDataset(),
      lang: 'ru',
      root: 'https://example.org/',
    });
    const document = parseDocument(`<!doctype html><html><body>${body}</body></html>`);
    // parse5 parses as a browser with scripting does: <noscript> content is text.
    expect(text(find(document, 'noscript'))).toContain(
      'Для интерактивной хронологии нужен JavaScript.',
    );
    expect(attr(find(document, 'div', { 'data-placeholder': '' }), 'aria-busy')).toBeUndefined();
  });

  it('refuses an unknown event id rather than writing a page for it', async () => {
    await expect(
      renderPage({
        dataset: hostileDataset(),
        lang: 'kk',
        page: { kind: 'event', id: 'no-such-event' },
        root: 'https://example.org/',
      }),
    ).rejects.toThrow(/no event/);
  });
});
