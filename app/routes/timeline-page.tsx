import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { datasetQueries } from '../domain/dataset-query.ts';
import type { Lang } from '../domain/languages.ts';
import { localize } from '../domain/localize.ts';
import { cn } from '../lib/cn.ts';
import { writePreference } from '../lib/storage.ts';
import { EventList } from '../features/chronology/components/event-list.tsx';
import { DatasetError } from '../features/dataset-status/components/dataset-error.tsx';
import { DatasetNotice } from '../features/dataset-status/components/dataset-notice.tsx';
import { LoadingSkeleton } from '../features/dataset-status/components/loading-skeleton.tsx';
import { EventDetails } from '../features/event-details/components/event-details.tsx';
import { EventNotFound } from '../features/event-details/components/event-not-found.tsx';
import { EventPlaceholder } from '../features/event-details/components/event-placeholder.tsx';
import { TimelinePanel } from '../features/timeline/components/timeline-panel.tsx';
import { LANG_PREFERENCE_KEY } from './preferred-lang.ts';
import { PageShell } from './page-shell.tsx';

/** `/:lang` and `/:lang/events/:id`: the timeline, the list and the open event, all from the URL. */
export function TimelinePage({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const { eventId } = useParams({ strict: false });
  const navigate = useNavigate();
  const query = useQuery(datasetQueries.byUrl());
  const dataset = query.data?.dataset;
  const event = eventId === undefined ? undefined : dataset?.eventsById.get(eventId);

  useEffect(() => {
    writePreference(LANG_PREFERENCE_KEY, lang);
  }, [lang]);

  useEffect(() => {
    const parts = [
      event && localize(event.title, lang).text,
      dataset && localize(dataset.title, lang).text,
      t('app.name'),
    ];
    document.title = parts.filter(Boolean).join(' · ');
  }, [event, dataset, lang, t]);

  const onSelect = useCallback(
    (id: string) => {
      void navigate({
        to: '/$lang/events/$eventId',
        params: { lang, eventId: id },
        search: (prev) => prev,
      });
    },
    [lang, navigate],
  );

  return (
    <PageShell lang={lang} eventId={eventId} dataset={dataset}>
      {query.isPending ? (
        <LoadingSkeleton />
      ) : query.isError ? (
        <DatasetError
          error={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : (
        <div className="flex flex-col gap-4">
          <DatasetNotice problems={query.data.problems} />
          <TimelinePanel
            dataset={query.data.dataset}
            events={query.data.dataset.events}
            lang={lang}
            selectedId={eventId}
            onSelect={onSelect}
          />
          <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,1fr)_28rem]">
            <aside
              aria-label={t('event.panelLabel')}
              className={cn(
                'rounded-lg border border-slate-200 bg-white lg:sticky lg:top-4 lg:order-2 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto',
                // On a phone the hint for an empty panel would only push the list down.
                eventId === undefined && 'hidden lg:block',
              )}
            >
              {eventId === undefined ? (
                <EventPlaceholder />
              ) : event ? (
                <EventDetails dataset={query.data.dataset} event={event} lang={lang} />
              ) : (
                <EventNotFound id={eventId} lang={lang} />
              )}
            </aside>
            <div className="lg:order-1">
              <EventList events={query.data.dataset.events} lang={lang} selectedId={eventId} />
            </div>
          </div>
        </div>
      )}
    </PageShell>
  );
}
