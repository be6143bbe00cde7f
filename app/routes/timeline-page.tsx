import { useQuery } from '@tanstack/react-query';
import { useParams, useSearch } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { datasetQueries } from '../domain/dataset-query.ts';
import type { Lang } from '../domain/languages.ts';
import { localize } from '../domain/localize.ts';
import { pageTitle } from '../domain/page-meta.ts';
import { writePreference } from '../lib/storage.ts';
import { DatasetError } from '../features/dataset-status/components/dataset-error.tsx';
import { LoadingSkeleton } from '../features/dataset-status/components/loading-skeleton.tsx';
import { Explorer } from './explorer.tsx';
import { LANG_PREFERENCE_KEY } from './preferred-lang.ts';
import { PageShell } from './page-shell.tsx';

/** `/:lang` and `/:lang/events/:id`: loads the dataset, then the explorer; all state from the URL. */
export function TimelinePage({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const { eventId } = useParams({ strict: false });
  const embed = useSearch({ strict: false, select: (search) => search.embed === true });
  const query = useQuery(datasetQueries.byUrl());
  const dataset = query.data?.dataset;
  const event = eventId === undefined ? undefined : dataset?.eventsById.get(eventId);

  useEffect(() => {
    writePreference(LANG_PREFERENCE_KEY, lang);
  }, [lang]);

  useEffect(() => {
    // The same title as the page built for this address (app/routes/page-head.tsx).
    document.title = pageTitle([
      event && localize(event.title, lang).text,
      dataset && localize(dataset.title, lang).text,
      t('app.name'),
    ]);
  }, [event, dataset, lang, t]);

  return (
    <PageShell
      lang={lang}
      eventId={eventId}
      dataset={dataset}
      embed={embed}
      intro={!query.isSuccess}
    >
      {query.isPending ? (
        <LoadingSkeleton />
      ) : query.isError ? (
        <DatasetError
          error={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : (
        <Explorer
          dataset={query.data.dataset}
          problems={query.data.problems}
          lang={lang}
          eventId={eventId}
        />
      )}
    </PageShell>
  );
}
