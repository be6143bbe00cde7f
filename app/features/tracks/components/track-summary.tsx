import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../../domain/dataset.ts';
import { formatDate, formatDateRange } from '../../../domain/format-date.ts';
import type { Lang } from '../../../domain/languages.ts';
import { localize } from '../../../domain/localize.ts';
import { activeTracks, upcomingEvents } from '../../../domain/process.ts';

/**
 * "Where things stand" on the home view: one line per active track (stage reached and when, the
 * next step), then the planned events still ahead.
 */
export function TrackSummary({
  dataset,
  lang,
  today,
}: {
  dataset: Dataset;
  lang: Lang;
  today: string;
}) {
  const { t } = useTranslation();
  // Once per dataset and day: the explorer re-renders on every filter change and keystroke.
  const { tracks, upcoming } = useMemo(
    () => ({ tracks: activeTracks(dataset, today), upcoming: upcomingEvents(dataset, today) }),
    [dataset, today],
  );
  if (tracks.length === 0 && upcoming.length === 0) return null;
  return (
    <section
      aria-labelledby="where-things-stand"
      className="max-w-4xl rounded-lg border border-slate-200 bg-white p-3"
    >
      <h2 id="where-things-stand" className="mb-2 text-base font-semibold text-slate-900">
        {t('tracks.summary')}
      </h2>
      <ul className="flex flex-col gap-1.5 text-sm">
        {tracks.map(({ track, current, next }) => {
          const name = localize(track.name, lang);
          const nextTitle = next && localize(next.title, lang);
          return (
            <li key={track.id} data-track={track.id}>
              <Link
                to="/$lang/tracks/$trackId"
                params={{ lang, trackId: track.id }}
                className="rounded font-medium text-sky-800 underline focus-ring hover:text-sky-950"
              >
                <span lang={name.lang}>{name.text}</span>
              </Link>
              {current && (
                <>
                  {': '}
                  {t(`stages.${current.stage}`)}
                  {', '}
                  <time dateTime={current.event.date}>{formatDate(current.event.date, lang)}</time>
                </>
              )}
              {' · '}
              <span className="text-slate-700">
                {next && nextTitle ? (
                  <>
                    {t('tracks.nextStep')}
                    {': '}
                    <time dateTime={next.date}>{formatDateRange(next.date, next.end, lang)}</time>
                    {' — '}
                    <span lang={nextTitle.lang}>{nextTitle.text}</span>
                  </>
                ) : (
                  t('tracks.noNextStep')
                )}
              </span>
            </li>
          );
        })}
      </ul>
      <h3 className="mt-3 mb-1 text-sm font-semibold text-slate-900">{t('tracks.upcoming')}</h3>
      {upcoming.length > 0 ? (
        <ul className="flex flex-col gap-1 text-sm">
          {upcoming.map((event) => {
            const title = localize(event.title, lang);
            return (
              <li key={event.id}>
                <time dateTime={event.date}>{formatDateRange(event.date, event.end, lang)}</time>
                {' — '}
                <Link
                  to="/$lang/events/$eventId"
                  params={{ lang, eventId: event.id }}
                  search
                  className="rounded text-sky-800 underline focus-ring hover:text-sky-950"
                >
                  <span lang={title.lang}>{title.text}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="text-sm text-slate-700">{t('tracks.noUpcoming')}</p>
      )}
    </section>
  );
}
