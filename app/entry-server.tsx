import { QueryClientProvider } from '@tanstack/react-query';
import { createMemoryHistory, RouterContextProvider } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import type { Dataset } from './domain/dataset.ts';
import type { Lang } from './domain/languages.ts';
import { pagePath, type PageRef } from './domain/page-meta.ts';
import { i18nFor } from './i18n.ts';
import { createAppRouter } from './router.tsx';
import { datasetQueries } from './domain/dataset-query.ts';
import { createQueryClient } from './lib/query-client.ts';
import { Alternates, PageHead } from './routes/page-head.tsx';
import { buildIcs } from './features/export/export-files.ts';
import { exportLabels } from './features/export/export-labels.ts';
import { buildAtom } from './features/releases/feeds.ts';
import { changesQuery } from './features/releases/changes-query.ts';
import type { ReleaseDiff } from './domain/release-diff.ts';
import { StaticPage } from './routes/static-page.tsx';
import { resolveTarget } from './routes/static-target.ts';

export { parseDataset } from './domain/dataset.ts';
export { LANGUAGES } from './domain/languages.ts';
export { pagePath } from './domain/page-meta.ts';
export { loadAllMessages } from './i18n.ts';

/** Vite's `base` (BASE_PATH), as the client build sees it. */
export const BASE_URL: string = import.meta.env.BASE_URL;

/**
 * Renders one page at build time (scripts/prerender.ts): the `<head>` tags and the content of
 * `#root`, with the app's own components, router (on a memory history, for link addresses),
 * i18n instance and the parsed dataset. React escapes every dataset string.
 */
export async function renderPage({
  dataset,
  lang,
  page,
  root,
  changes,
}: {
  dataset: Dataset;
  lang: Lang;
  /** The release's changes, for its "What changed" page (the build's data/changes.json). */
  changes?: ReleaseDiff;
  /** An event's or a track's page; the language's home without. */
  page?: PageRef;
  /** Absolute URL of the site's base, with a trailing slash. */
  root: string;
}): Promise<{ head: string; body: string }> {
  const target = resolveTarget(dataset, page);
  if (!target) throw new Error(`no ${page?.kind ?? 'page'} ${page?.id ?? ''}`);
  // The dataset is already parsed: the routes' loader finds it in the cache.
  const queryClient = createQueryClient();
  queryClient.setQueryData(datasetQueries.byUrl().queryKey, { dataset, problems: [] });
  if (changes) queryClient.setQueryData(changesQuery().queryKey, changes);
  const router = createAppRouter(
    queryClient,
    createMemoryHistory({ initialEntries: [`${BASE_URL}${pagePath(lang, page)}`] }),
  );
  await router.load();
  const wrap = (node: ReactNode) => (
    <QueryClientProvider client={queryClient}>
      <RouterContextProvider router={router}>
        <I18nextProvider i18n={i18nFor(lang)}>{node}</I18nextProvider>
      </RouterContextProvider>
    </QueryClientProvider>
  );
  return {
    head: renderToStaticMarkup(
      wrap(<PageHead dataset={dataset} lang={lang} target={target} root={root} />),
    ),
    body: renderToString(wrap(<StaticPage dataset={dataset} lang={lang} target={target} />)),
  };
}

/** The `hreflang` links for the site root (`/`, which redirects to the reader's language). */
export function renderRootAlternates(root: string): string {
  return renderToStaticMarkup(<Alternates root={root} page={undefined} />);
}

/**
 * A language's feeds for the build: the Atom feed and the calendar subscription (every event,
 * planned ones included; `sequence` is each event's revision).
 */
export function renderFeeds({
  dataset,
  lang,
  root,
  sequence,
  now,
}: {
  dataset: Dataset;
  lang: Lang;
  root: string;
  sequence: ReadonlyMap<string, number>;
  now: Date;
}): { atom: string; calendar: string } {
  const { t } = i18nFor(lang);
  const calendar = buildIcs(
    { dataset, events: dataset.events, lang, labels: exportLabels(t), appUrl: root, now },
    { sequence },
  );
  return { atom: buildAtom({ dataset, lang, root, t }), calendar: calendar.text };
}

export { changelogMarkdown, diffReleases } from './domain/release-diff.ts';
