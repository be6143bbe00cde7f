import { useTranslation } from 'react-i18next';
import { formatDate, formatDateRange } from '../../../domain/format-date.ts';
import type { Lang } from '../../../domain/languages.ts';
import { localize } from '../../../domain/localize.ts';
import { elapsed, type TrackProcess } from '../../../domain/process.ts';
import { useDuration } from '../hooks/use-duration.ts';

/** Where a track stands: the stage reached, when and how long ago, and the next step if any. */
export function TrackStatus({
  process,
  lang,
  today,
}: {
  process: TrackProcess;
  lang: Lang;
  /** `YYYY-MM-DD`, for "how long ago". */
  today: string;
}) {
  const { t } = useTranslation();
  const duration = useDuration();
  const { current, next } = process;
  const nextTitle = next && localize(next.title, lang);
  const nextPlace = next?.place && localize(next.place, lang);
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
      <dt className="font-medium text-slate-600">{t('tracks.stageReached')}</dt>
      <dd>
        {current ? (
          <>
            <span className="font-semibold text-slate-900">{t(`stages.${current.stage}`)}</span>
            {', '}
            <time dateTime={current.event.date}>
              {t('tracks.since', {
                date: formatDate(current.event.date, lang),
                duration: duration(elapsed(current.event.date, today)),
              })}
            </time>
          </>
        ) : (
          t('tracks.noStage')
        )}
      </dd>
      <dt className="font-medium text-slate-600">{t('tracks.nextStep')}</dt>
      <dd>
        {next && nextTitle ? (
          <>
            <time dateTime={next.date}>{formatDateRange(next.date, next.end, lang)}</time>
            {nextPlace && (
              <>
                {', '}
                <span lang={nextPlace.lang}>{nextPlace.text}</span>
              </>
            )}
            {': '}
            <span lang={nextTitle.lang}>{nextTitle.text}</span>
          </>
        ) : (
          t('tracks.noNextStep')
        )}
      </dd>
    </dl>
  );
}
