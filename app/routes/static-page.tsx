import { useTranslation } from 'react-i18next';
import type { Dataset } from '../domain/dataset.ts';
import type { TimelineEvent } from '../domain/dataset-schema.ts';
import { targetRef, type StaticTarget } from './static-target.ts';
import type { Lang } from '../domain/languages.ts';
import { LoadingSkeleton } from '../features/dataset-status/components/loading-skeleton.tsx';
import { EventBody } from '../features/event-details/components/event-body.tsx';
import { EventHeader } from '../features/event-details/components/event-header.tsx';
import { EVENT_PANEL_CLASS } from '../features/event-details/components/panel-classes.ts';
import { cn } from '../lib/cn.ts';
import { EventLink } from '../features/event-details/components/event-link.tsx';
import { PageShell } from './page-shell.tsx';
import { TrackPage } from './track-page.tsx';
import { ReleasePage } from './release-page.tsx';
import { StaticStory } from '../features/stories/components/static-story.tsx';

/**
 * What the build writes into each page's HTML (app/entry-server.tsx): the real page shell with the
 * dataset's title and description, and on an event page the event's readable content (the same
 * components as the event panel) where the panel will be. Readers without JavaScript and crawlers
 * get the content; the app replaces it on load with the same shell around the explorer.
 */
export function StaticPage({
  dataset,
  lang,
  target,
}: {
  dataset: Dataset;
  lang: Lang;
  target: StaticTarget;
}) {
  const { t } = useTranslation();
  return (
    <PageShell
      lang={lang}
      page={targetRef(target)}
      dataset={dataset}
      embed={false}
      intro={target.kind !== 'track' && target.kind !== 'release'}
    >
      {target.kind === 'release' ? (
        <ReleasePage dataset={dataset} lang={lang} version={target.version} />
      ) : target.kind === 'event' ? (
        <StaticEvent dataset={dataset} event={target.event} lang={lang} />
      ) : target.kind === 'story' ? (
        <StaticStory dataset={dataset} story={target.story} lang={lang} />
      ) : target.kind === 'track' ? (
        // The same component the app shows: it takes over without a second layout.
        <TrackPage dataset={dataset} lang={lang} trackId={target.track.id} />
      ) : (
        <>
          {/* Without JavaScript: every event's own page. With it, this is never parsed. */}
          <noscript>
            <section className="max-w-4xl rounded-lg border border-slate-200 bg-white p-4">
              <h2 className="text-base font-semibold">{t('list.heading')}</h2>
              <p className="my-2 text-slate-700">{t('static.noscript')}</p>
              <ol className="space-y-1">
                {dataset.events.map((item) => (
                  <EventLink key={item.id} event={item} lang={lang} />
                ))}
              </ol>
            </section>
          </noscript>
          <div data-placeholder="">
            <LoadingSkeleton />
          </div>
        </>
      )}
    </PageShell>
  );
}

function StaticEvent({
  dataset,
  event,
  lang,
}: {
  dataset: Dataset;
  event: TimelineEvent;
  lang: Lang;
}) {
  const { t } = useTranslation();
  return (
    <div className="flex flex-col gap-4 lg:ml-[18rem]">
      <p role="status" className="sr-only" data-placeholder="">
        {t('loading.events')}
      </p>
      <div
        className="h-[24rem] animate-pulse rounded-lg border border-slate-200 bg-white max-md:hidden"
        aria-hidden="true"
        data-placeholder=""
      />
      <div className="grid items-start gap-4 xl:grid-cols-[minmax(0,1fr)_26rem]">
        {/* As the app's event panel lays it out (event-panel.tsx, event-details.tsx): on phones
            a full-screen sheet, closed by its ×, a link to the timeline. When the app takes over,
            the event stays where it was (its actions appear under the title). */}
        <aside aria-label={t('event.panelLabel')} className={cn(EVENT_PANEL_CLASS, 'xl:order-2')}>
          <article aria-labelledby="event-title" className="flex flex-col gap-4 p-4">
            <EventHeader event={event} lang={lang} />
            <EventBody dataset={dataset} event={event} lang={lang} />
          </article>
        </aside>
        <div
          className="h-64 animate-pulse rounded-lg border border-slate-200 bg-white xl:order-1"
          aria-hidden="true"
          data-placeholder=""
        />
      </div>
    </div>
  );
}
