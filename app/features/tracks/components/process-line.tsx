import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../../domain/dataset.ts';
import { formatDate } from '../../../domain/format-date.ts';
import type { Lang } from '../../../domain/languages.ts';
import { localize } from '../../../domain/localize.ts';
import type { ProcessStep } from '../../../domain/process.ts';
import { cn } from '../../../lib/cn.ts';
import { useDuration } from '../hooks/use-duration.ts';

const MARK: Record<ProcessStep['state'], string> = {
  reached: 'border-sky-800 bg-sky-800',
  current: 'border-amber-600 bg-amber-500 ring-4 ring-amber-200',
  ahead: 'border-slate-400 bg-white',
  unrecorded: 'border-dashed border-slate-400 bg-slate-100',
};

/**
 * The stages as a line, in order: each with its state in words (not colour alone), the dates of
 * its events (linked) and how long it took after the previous stage.
 */
export function ProcessLine({
  steps,
  dataset,
  lang,
}: {
  steps: readonly ProcessStep[];
  dataset: Dataset;
  lang: Lang;
}) {
  const { t } = useTranslation();
  const duration = useDuration();
  return (
    <ol className="flex flex-col gap-0">
      {steps.map((step) => (
        <li
          key={step.stage}
          aria-current={step.state === 'current' ? 'step' : undefined}
          className="relative border-l-2 border-slate-200 pb-3 pl-5 last:border-transparent"
        >
          <span
            aria-hidden="true"
            className={cn(
              'absolute top-1 -left-[0.4375rem] size-3 rounded-full border-2',
              MARK[step.state],
            )}
          />
          <p className="text-sm">
            <span
              className={cn(
                'font-semibold',
                step.state === 'ahead' || step.state === 'unrecorded'
                  ? 'text-slate-600'
                  : 'text-slate-900',
              )}
            >
              {t(`stages.${step.stage}`)}
            </span>
            {' · '}
            <span className="text-slate-700">{t(`tracks.state.${step.state}`)}</span>
            {step.took && (
              <span className="block text-xs text-slate-600">
                {t('tracks.took', { duration: duration(step.took) })}
              </span>
            )}
          </p>
          {step.events.length > 0 && (
            <ul className="mt-0.5 text-sm">
              {step.events.map((event) => {
                const title = localize(event.title, lang);
                const by = event.stageBy ? dataset.partiesById.get(event.stageBy) : undefined;
                const byName = by && localize(by.name, lang);
                return (
                  <li key={event.id}>
                    <time dateTime={event.date} className="text-slate-600">
                      {formatDate(event.date, lang)}
                    </time>
                    {byName && (
                      <>
                        {' · '}
                        <span lang={byName.lang}>{byName.text}</span>
                      </>
                    )}
                    {' · '}
                    <Link
                      to="/$lang/events/$eventId"
                      params={{ lang, eventId: event.id }}
                      className="rounded text-sky-800 underline focus-ring hover:text-sky-950"
                    >
                      <span lang={title.lang}>{title.text}</span>
                    </Link>
                  </li>
                );
              })}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
