import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  Outlet,
  redirect,
  useParams,
  type ParsedLocation,
  type SearchSchemaInput,
  type RouterHistory,
} from '@tanstack/react-router';
import { useEffect } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Dataset } from './domain/dataset.ts';
import { datasetQueries, datasetSettled } from './domain/dataset-query.ts';
import { DEFAULT_LANG, isLang, type Lang } from './domain/languages.ts';
import {
  activeFilterCount,
  normalizeViewState,
  parseSearch,
  parseViewState,
  serializeViewState,
  stringifySearch,
  type SearchInput,
  type ViewState,
} from './domain/view-state.ts';
import { hasMessages, i18nFor, loadMessages } from './i18n.ts';
import { preferredLang } from './routes/preferred-lang.ts';
import { CrashView, PageNotFound } from './routes/route-errors.tsx';
import { TimelinePage } from './routes/timeline-page.tsx';
import { pageChunks } from './routes/page-chunks.ts';

interface RouterContext {
  queryClient: QueryClient;
}

function langFromPath(pathname: string): Lang {
  const first = pathname.replace(/^\/+/, '').split('/')[0];
  return isLang(first) ? first : preferredLang();
}

/**
 * A link with junk, unknown ids or parameters out of order is replaced by its canonical form
 * (`replace`, so Back does not return to it). Without the dataset yet, only what needs no
 * dataset is checked; the loader checks again once it is in.
 */
function redirectToCanonical(location: ParsedLocation, dataset: Dataset | undefined) {
  const state = parseViewState(parseSearch(location.searchStr));
  const canonical = serializeViewState(dataset ? normalizeViewState(state, dataset) : state);
  if (stringifySearch(canonical) === location.searchStr) return;
  // A literal path as `to`, so the router adds the base path.
  throw redirect({
    to: location.pathname as '/',
    search: canonical,
    hash: location.hash,
    replace: true,
  });
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  // Typed, validated state for every route: app/domain/view-state.ts.
  validateSearch: (search: SearchInput & SearchSchemaInput): ViewState => parseViewState(search),
  component: Outlet,
  notFoundComponent: () => (
    <PageNotFound
      lang={langFromPath(window.location.pathname.slice(import.meta.env.BASE_URL.length - 1))}
    />
  ),
});

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: () => {
    // `to` (not `href`), so the router adds the base path; the query goes along.
    throw redirect({
      to: '/$lang',
      params: { lang: preferredLang() },
      search: true,
      replace: true,
    });
  },
});

function LangLayout() {
  const { lang } = langRoute.useParams();
  const safeLang = isLang(lang) ? lang : DEFAULT_LANG;
  useEffect(() => {
    document.documentElement.lang = safeLang;
  }, [safeLang]);
  return (
    <I18nextProvider i18n={i18nFor(safeLang)}>
      <TimelinePage lang={safeLang} />
    </I18nextProvider>
  );
}

const langRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '$lang',
  beforeLoad: ({ params, location, context }) => {
    if (!isLang(params.lang)) {
      // Unknown language: the default one, keeping the rest of the path and the query.
      const rest = location.pathname.split('/').slice(2).join('/');
      throw redirect({
        href: `/${DEFAULT_LANG}${rest ? `/${rest}` : ''}${location.searchStr}`,
        replace: true,
      });
    }
    const loaded = context.queryClient.getQueryData(datasetQueries.byUrl().queryKey);
    // A large file's first events are not the dataset: the loader checks against the whole.
    redirectToCanonical(location, loaded?.partial ? undefined : loaded?.dataset);
    // The language's messages (a chunk of their own): a switch shows the page in the new
    // language once they are in, and a failure as an error page in one that is loaded. Once
    // they are in, nothing is returned to wait for: a filter change (a navigation too) stays
    // synchronous in the router.
    return hasMessages(params.lang) ? undefined : loadMessages(params.lang);
  },
  component: LangLayout,
  errorComponent: (props) => {
    // eslint-disable-next-line react-hooks/rules-of-hooks -- error components are rendered as components
    const { lang } = useParams({ strict: false });
    return <CrashView {...props} lang={isLang(lang) ? lang : DEFAULT_LANG} />;
  },
});

/**
 * The pages' routes (the explorer, an event, a track, a story) load the dataset (the page shows the loading state meanwhile, and a
 * failure as a message with a retry), then make the link canonical against it.
 */
const explorerRoute = {
  getParentRoute: () => langRoute,
  loader: async ({ context, location }: { context: RouterContext; location: ParsedLocation }) => {
    const loaded = await datasetSettled(context.queryClient);
    redirectToCanonical(location, loaded?.dataset);
  },
} as const;

/**
 * The home page also opens on a large file's first events (the rest is read meanwhile), unless
 * its link chooses filter options: those are checked against the whole dataset, which may be the
 * one to have them.
 */
const langIndexRoute = createRoute({
  ...explorerRoute,
  path: '/',
  loader: async ({ context, location }: { context: RouterContext; location: ParsedLocation }) => {
    const early = activeFilterCount(parseViewState(parseSearch(location.searchStr))) === 0;
    const loaded = await datasetSettled(context.queryClient, { partial: early });
    if (!loaded?.partial) redirectToCanonical(location, loaded?.dataset);
  },
});
const eventRoute = createRoute({ ...explorerRoute, path: 'events/$eventId' });
const trackRoute = createRoute({
  ...explorerRoute,
  path: 'tracks/$trackId',
  loader: async (options: { context: RouterContext; location: ParsedLocation }) => {
    await Promise.all([explorerRoute.loader(options), pageChunks.track.load()]);
  },
});

// "What changed": the dataset's release (its version), from the dataset's own dates.
const releaseRoute = createRoute({
  ...explorerRoute,
  path: 'releases/$version',
  loader: async (options: { context: RouterContext; location: ParsedLocation }) => {
    await Promise.all([explorerRoute.loader(options), pageChunks.release.load()]);
  },
});

// A story: its first step at its own address, the others at /:step (so Back walks the steps).
const storyRoute = createRoute({ ...explorerRoute, path: 'stories/$storyId' });
const storyStepRoute = createRoute({ ...explorerRoute, path: 'stories/$storyId/$step' });

const routeTree = rootRoute.addChildren([
  indexRoute,
  langRoute.addChildren([
    langIndexRoute,
    eventRoute,
    trackRoute,
    storyRoute,
    storyStepRoute,
    releaseRoute,
  ]),
]);

/** `history` defaults to the browser's; the build's page renderer passes a memory history. */
export function createAppRouter(queryClient: QueryClient, history?: RouterHistory) {
  return createRouter({
    routeTree,
    context: { queryClient },
    ...(history ? { history } : {}),
    basepath: import.meta.env.BASE_URL,
    parseSearch,
    stringifySearch,
    defaultPreload: false,
    defaultStructuralSharing: true,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
