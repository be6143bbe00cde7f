import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../domain/dataset.ts';
import type { TimelineEvent } from '../domain/dataset-schema.ts';
import type { Lang } from '../domain/languages.ts';
import { clipId, NotFound } from '../components/ui/not-found.tsx';
import { localize } from '../domain/localize.ts';
import { trackProcess } from '../domain/process.ts';
import { EventLink } from '../features/event-details/components/event-link.tsx';
import { DocumentList } from '../features/event-details/components/document-list.tsx';
import { SourceList } from '../features/event-details/components/source-list.tsx';
import { ProcessLine } from '../features/tracks/components/process-line.tsx';
import { TrackStatus } from '../features/tracks/components/track-status.tsx';
import { YearBars } from '../features/tracks/components/year-bars.tsx';

/** Today as the reader's calendar date, `YYYY-MM-DD` (at build time, the build's). */
const todayIso = () => new Date().toISOString().slice(0, 10);

const section = 'rounded-lg border border-slate-200 bg-white p-4';

/** The official texts of a track: those filed under it and those its events cite, by date. */
function trackDocuments(dataset: Dataset, trackId: string, events: readonly TimelineEvent[]) {
  const cited = new Set(events.flatMap((event) => event.documents ?? []));
  return dataset.documents
    .filter((document) => document.track === trackId || cited.has(document.id))
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((document) => document.id);
}
const heading = 'mb-2 text-base font-semibold text-slate-900';

/**
 * `/:lang/tracks/:id`: what the track is, where it stands and what comes next, its stages as a
 * process line, its events in order and per year; also rendered into the built page.
 */
export function TrackPage({
  dataset,
  lang,
  trackId,
  today = todayIso(),
}: {
  dataset: Dataset;
  lang: Lang;
  trackId: string;
  today?: string;
}) {
  const { t } = useTranslation();
  const process = trackProcess(dataset, trackId);
  if (!process)
    return (
      <NotFound
        title={t('tracks.notFoundTitle')}
        body={t('tracks.notFoundBody', { id: clipId(trackId) })}
      >
        <Link
          to="/$lang"
          params={{ lang }}
          className="self-start rounded text-sky-800 underline focus-ring"
        >
          {t('error.backToTimeline')}
        </Link>
      </NotFound>
    );
  const name = localize(process.track.name, lang);
  const description = process.track.description && localize(process.track.description, lang);
  return (
    <article className="mx-auto flex max-w-4xl flex-col gap-4" aria-labelledby="track-heading">
      <header className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-2">
        <div>
          <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase">
            {t('tracks.label')}
          </p>
          <h2 id="track-heading" lang={name.lang} className="text-xl font-semibold text-slate-900">
            {name.text}
          </h2>
          <p className="text-sm text-slate-600">
            {t('tracks.eventCount', { count: process.events.length })}
          </p>
        </div>
        <Link
          to="/$lang"
          params={{ lang }}
          search={{ track: process.track.id }}
          className="rounded-md bg-sky-800 px-3 py-1.5 text-sm font-medium text-white focus-ring hover:bg-sky-900"
        >
          {t('tracks.showOnTimeline')}
        </Link>
      </header>
      {description && (
        <section aria-labelledby="track-about" className={section}>
          <h3 id="track-about" className={heading}>
            {t('tracks.about')}
          </h3>
          <p lang={description.lang} className="leading-relaxed text-slate-800">
            {description.text}
          </p>
          {process.track.sources && process.track.sources.length > 0 && (
            <details className="mt-2">
              <summary className="cursor-pointer rounded text-sm font-medium text-sky-800 focus-ring">
                {t('tracks.sources')}
              </summary>
              <div className="mt-2">
                <SourceList sources={process.track.sources} lang={lang} />
              </div>
            </details>
          )}
        </section>
      )}
      <section aria-labelledby="track-stands" className={section}>
        <h3 id="track-stands" className={heading}>
          {t('tracks.stands')}
        </h3>
        <TrackStatus process={process} lang={lang} today={today} />
      </section>
      <DocumentList
        dataset={dataset}
        ids={trackDocuments(dataset, process.track.id, process.events)}
        lang={lang}
        headingId="track-documents"
        className={section}
      />
      {process.steps.length > 0 && (
        <section aria-labelledby="track-process" className={section}>
          <h3 id="track-process" className={heading}>
            {t('tracks.process')}
          </h3>
          <ProcessLine steps={process.steps} dataset={dataset} lang={lang} />
        </section>
      )}
      <div className="grid gap-4 md:grid-cols-[minmax(0,1fr)_16rem]">
        <section aria-labelledby="track-events" className={section}>
          <h3 id="track-events" className={heading}>
            {t('tracks.events')}
          </h3>
          <ol className="space-y-1">
            {process.events.map((event) => (
              <EventLink key={event.id} event={event} lang={lang} />
            ))}
          </ol>
        </section>
        <section aria-labelledby="track-years" className={section}>
          <h3 id="track-years" className={heading}>
            {t('tracks.perYear')}
          </h3>
          <YearBars perYear={process.perYear} lang={lang} />
        </section>
      </div>
    </article>
  );
}
