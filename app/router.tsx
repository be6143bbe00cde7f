import {
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  redirect,
  useParams,
  type RouterHistory,
} from '@tanstack/react-router';
import { useEffect } from 'react';
import { I18nextProvider } from 'react-i18next';
import { DEFAULT_LANG, isLang, type Lang } from './domain/languages.ts';
import { parseSearch, stringifySearch, type SearchParams } from './domain/view-state.ts';
import { i18nFor } from './i18n.ts';
import { preferredLang } from './routes/preferred-lang.ts';
import { CrashView, PageNotFound } from './routes/route-errors.tsx';
import { TimelinePage } from './routes/timeline-page.tsx';

function langFromPath(pathname: string): Lang {
  const first = pathname.replace(/^\/+/, '').split('/')[0];
  return isLang(first) ? first : preferredLang();
}

const rootRoute = createRootRoute({
  // Every route sees the query as plain strings; app/domain/view-state.ts gives them meaning.
  validateSearch: (search: Record<string, unknown>): SearchParams =>
    Object.fromEntries(
      Object.entries(search).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    ),
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
  beforeLoad: ({ search }) => {
    throw redirect({ to: '/$lang', params: { lang: preferredLang() }, search, replace: true });
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
  beforeLoad: ({ params, location }) => {
    if (!isLang(params.lang)) {
      // Unknown language: the default one, keeping the rest of the path and the query.
      const rest = location.pathname.split('/').slice(2).join('/');
      throw redirect({
        href: `/${DEFAULT_LANG}${rest ? `/${rest}` : ''}${location.searchStr}`,
        replace: true,
      });
    }
  },
  component: LangLayout,
  errorComponent: (props) => {
    // eslint-disable-next-line react-hooks/rules-of-hooks -- error components are rendered as components
    const { lang } = useParams({ strict: false });
    return <CrashView {...props} lang={isLang(lang) ? lang : DEFAULT_LANG} />;
  },
});

const langIndexRoute = createRoute({ getParentRoute: () => langRoute, path: '/' });
const eventRoute = createRoute({ getParentRoute: () => langRoute, path: 'events/$eventId' });

const routeTree = rootRoute.addChildren([
  indexRoute,
  langRoute.addChildren([langIndexRoute, eventRoute]),
]);

/** `history` defaults to the browser's; the build's page renderer passes a memory history. */
export function createAppRouter(history?: RouterHistory) {
  return createRouter({
    routeTree,
    ...(history ? { history } : {}),
    basepath: import.meta.env.BASE_URL,
    parseSearch,
    stringifySearch,
    defaultPreload: false,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
