import { Link, useSearch } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../domain/dataset.ts';
import { DEFAULT_DATASET_URL } from '../domain/dataset-fetch.ts';
import { formatDate } from '../domain/format-date.ts';
import type { Lang } from '../domain/languages.ts';
import { localize } from '../domain/localize.ts';
import { feedPaths, pagePath, type PageRef } from '../domain/page-meta.ts';
import { Citation } from '../features/releases/components/citation.tsx';
import { serializeViewState, stringifySearch } from '../domain/view-state.ts';
import { LanguageSwitcher } from '../features/language/components/language-switcher.tsx';

/**
 * The first Tab stop: to the list of events where the page shows it, else to the page's content
 * (a track's or a release's page, a page still loading or built without the list: a link to an
 * element that is not there does nothing).
 */
function SkipLink({ toList }: { toList: boolean }) {
  const { t } = useTranslation();
  return (
    <a
      href={toList ? '#event-list' : '#main'}
      className="sr-only z-50 rounded bg-white px-3 py-2 focus-ring focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
    >
      {toList ? t('app.skipToList') : t('app.skipToContent')}
    </a>
  );
}

/** `?embed=1`: a one-line header (title, "Open in …" the full app in a new tab) and no footer. */
function EmbedShell({
  lang,
  page,
  dataset,
  skipToList,
  children,
}: {
  lang: Lang;
  page: PageRef | undefined;
  dataset: Dataset | undefined;
  skipToList: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  // The same view, without `embed`.
  const search = useSearch({
    strict: false,
    select: (state) => stringifySearch(serializeViewState({ ...state, embed: false })),
  });
  const title = dataset && localize(dataset.title, lang);
  const full = `${import.meta.env.BASE_URL}${pagePath(lang, page)}${search}`;
  return (
    <div className="flex min-h-screen flex-col">
      <SkipLink toList={skipToList} />
      <header className="border-b border-slate-200 bg-white print:hidden">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-3 py-2">
          <h1
            className="min-w-0 text-base leading-tight font-semibold text-slate-900"
            lang={title?.lang}
          >
            {title?.text ?? t('app.name')}
          </h1>
          <a
            href={full}
            target="_blank"
            rel="noreferrer"
            className="rounded text-sm font-medium text-sky-800 underline focus-ring"
          >
            {t('embed.open', { name: t('app.name') })}
            <span className="sr-only">{` ${t('event.newTab')}`}</span>
            <span aria-hidden="true">{' ↗'}</span>
          </a>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="w-full flex-1 px-2 py-3 sm:px-3">
        {children}
      </main>
    </div>
  );
}

/** Footer links: at least 24 px tall (WCAG 2.2 target size), also when the footer wraps. */
const FOOTER_LINK = 'inline-flex min-h-6 items-center rounded underline focus-ring';

/** Header, main landmark and footer around every page. */
export function PageShell({
  lang,
  page,
  dataset,
  embed,
  intro = true,
  skipToList = false,
  children,
}: {
  lang: Lang;
  page: PageRef | undefined;
  dataset: Dataset | undefined;
  embed: boolean;
  /** The dataset's description above the content (the explorer shows it under the timeline). */
  intro?: boolean;
  /** The page shows the list of events (`#event-list`), the skip link's target. */
  skipToList?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  if (embed)
    return (
      <EmbedShell lang={lang} page={page} dataset={dataset} skipToList={skipToList}>
        {children}
      </EmbedShell>
    );
  const title = dataset && localize(dataset.title, lang);
  const description = dataset && localize(dataset.description, lang);
  return (
    <div className="flex min-h-screen flex-col">
      <SkipLink toList={skipToList} />
      <header className="bg-[#0f2a4a] text-white print:hidden">
        <div className="mx-auto flex max-w-[90rem] items-center justify-between gap-3 px-3 py-1.5 sm:px-4 md:h-14 md:py-0">
          <div className="min-w-0">
            <p className="text-[0.6875rem] font-semibold tracking-wide text-sky-200 uppercase max-sm:sr-only">
              {t('app.name')}
            </p>
            <h1
              className="text-[0.9375rem] leading-tight font-semibold sm:text-lg md:truncate"
              lang={title?.lang}
            >
              {title?.text ?? t('app.tagline')}
            </h1>
          </div>
          <LanguageSwitcher lang={lang} page={page} />
        </div>
      </header>
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-[90rem] flex-1 px-2 py-2 outline-none sm:px-4"
      >
        {intro && description && (
          <p
            lang={description.lang}
            className="mb-4 max-w-4xl px-1 text-sm text-slate-700 print:hidden"
          >
            {description.text}
          </p>
        )}
        {children}
      </main>
      <footer className="border-t border-slate-200 bg-white print:hidden">
        <div className="mx-auto flex max-w-[90rem] flex-wrap gap-x-6 gap-y-1 px-4 py-4 text-xs text-slate-600">
          <p>{t('app.footer')}</p>
          {dataset && <p>{t('app.updated', { date: formatDate(dataset.updated, lang) })}</p>}
          {dataset?.version && (
            <Link
              to="/$lang/releases/$version"
              params={{ lang, version: dataset.version }}
              className={FOOTER_LINK}
            >
              {t('release.link', { version: dataset.version })}
            </Link>
          )}
          <a className={FOOTER_LINK} href={DEFAULT_DATASET_URL} download>
            {t('app.datasetLink')}
          </a>
          <a
            className={FOOTER_LINK}
            href={`${import.meta.env.BASE_URL}${feedPaths(lang).atom}`}
            type="application/atom+xml"
          >
            {t('feeds.atom')}
          </a>
          <a
            className={FOOTER_LINK}
            href={`${import.meta.env.BASE_URL}${feedPaths(lang).calendar}`}
            type="text/calendar"
          >
            {t('feeds.calendar')}
          </a>
          {dataset && <Citation dataset={dataset} lang={lang} />}
        </div>
      </footer>
    </div>
  );
}
