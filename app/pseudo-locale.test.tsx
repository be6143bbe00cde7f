import { QueryClientProvider } from '@tanstack/react-query';
import { createMemoryHistory, RouterContextProvider, RouterProvider } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import en from '../locales/en/translation.json';
import { parseDocument, text, type Element } from '../scripts/lib/html.ts';
import { datasetQueries } from './domain/dataset-query.ts';
import { shippedDataset } from './domain/testing/shipped-dataset.ts';
import { createI18n } from './i18n.ts';
import { createQueryClient } from './lib/query-client.ts';
import { createAppRouter } from './router.tsx';
import { StaticPage } from './routes/static-page.tsx';

/**
 * A pseudo-locale made from English: every letter accented, each message 30 % longer and
 * bracketed (`⟦Śéáŕçĥ ëvéñţś·····⟧`). The main views rendered with it show any interface string
 * that bypasses the locale files (plain English among accented text), and, in a browser, which
 * controls clip a longer translation.
 */
/* eslint-disable @typescript-eslint/no-misused-spread -- letter by letter: code points are what is meant */
const ACCENTS: Record<string, string> = Object.fromEntries(
  [...'aeiouycnsztrlgkdhAEIOUYCNSZTRLGKDH'].map((letter, index) => [
    letter,
    [...'áéíóúýçñśźţŕĺĝķďĥÁÉÍÓÚÝÇÑŚŹŢŔĹĜĶĎĤ'][index] ?? letter,
  ]),
);
function pseudo(text: string): string {
  // Placeholders ({{count, number}}) and nesting ($t(...)) stay as they are.
  const parts = text.split(/(\{\{[^}]*\}\}|\$t\([^)]*\))/);
  const body = parts
    .map((part, i) => (i % 2 === 1 ? part : [...part].map((c) => ACCENTS[c] ?? c).join('')))
    .join('');
  return `⟦${body}${'·'.repeat(Math.ceil(text.length * 0.3))}⟧`;
}
/* eslint-enable @typescript-eslint/no-misused-spread */
function pseudoMessages(node: unknown): unknown {
  if (typeof node === 'string') return pseudo(node);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, pseudoMessages(v)]));
}

const dataset = shippedDataset();
const i18n = createI18n('en', pseudoMessages(en) as Record<string, unknown>);
// The app as it runs, with English's messages swapped for the pseudo-locale.
vi.mock('./i18n.ts', async (original) => {
  const actual = await original<typeof import('./i18n.ts')>();
  return { ...actual, i18nFor: () => i18n };
});

async function render(path: string, node?: ReactNode): Promise<Element> {
  const queryClient = createQueryClient();
  queryClient.setQueryData(datasetQueries.byUrl().queryKey, { dataset, problems: [] });
  const router = createAppRouter(queryClient, createMemoryHistory({ initialEntries: [path] }));
  await router.load();
  const html = renderToString(
    <QueryClientProvider client={queryClient}>
      {node === undefined ? (
        <RouterProvider router={router} />
      ) : (
        <RouterContextProvider router={router}>
          <I18nextProvider i18n={i18n}>{node}</I18nextProvider>
        </RouterContextProvider>
      )}
    </QueryClientProvider>,
  );
  return parseDocument(`<!doctype html><html><body>${html}</body></html>`);
}

type Node = Element['childNodes'][number];
const MONTHS =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/g;

/**
 * Interface text the locale files did not supply: text nodes outside the dataset's own text
 * (which carries a `lang` attribute) and dates, with letters but no pseudo-locale mark.
 */
function untranslated(root: Element): string[] {
  const found: string[] = [];
  const walk = (node: Node, data: boolean) => {
    if (node.nodeName === '#text' && 'value' in node) {
      const text = node.value.trim();
      // Dates are formatted, not translated (`1 July 1999 – 29 February 2020`).
      const words = text.replace(MONTHS, '');
      if (!data && /\p{L}/u.test(words) && !/[⟦⟧·áéíóúýçñśźţŕĺĝķďĥ]/iu.test(words))
        found.push(text);
      return;
    }
    if (!('tagName' in node)) return;
    const isData =
      data ||
      node.attrs.some((a) => a.name === 'lang' || (a.name === 'translate' && a.value === 'no')) ||
      (['time', 'style', 'script', 'html'].includes(node.tagName) && node.tagName !== 'html');
    for (const child of node.childNodes) walk(child, isData);
  };
  walk(root, false);
  return found;
}

const event = dataset.eventsById.get('epca-signed');
if (!event) throw new Error('no epca-signed');

describe('the pseudo-locale', () => {
  it('is every English message, accented and 30 % longer', () => {
    expect(pseudo('Filters')).toBe('⟦Fíĺţéŕś···⟧');
    expect(pseudo('{{count, number}} events')).toBe('⟦{{count, number}} évéñţś········⟧');
  });

  it.each([
    ['the explorer', '/en?party=kz&type=summit&q=visa', undefined],
    ['an event open in the explorer', '/en/events/epca-signed', undefined],
    [
      'a built event page',
      '/en/events/epca-signed',
      <StaticPage key="z" dataset={dataset} lang="en" target={{ kind: 'event', event }} />,
    ],
    [
      'the built home page',
      '/en',
      <StaticPage key="w" dataset={dataset} lang="en" target={{ kind: 'home' }} />,
    ],
  ])('leaves no interface string untranslated in %s', async (_, path, node) => {
    const root = await render(path, node);
    expect(text(root)).toContain('⟦');
    expect(untranslated(root)).toEqual([]);
  });
});
