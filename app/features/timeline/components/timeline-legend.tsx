import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { typeClass } from '../../../components/ui/event-type-style.ts';
import type { Dataset } from '../../../domain/dataset.ts';
import type { TimelineEvent } from '../../../domain/dataset-schema.ts';
import type { Lang } from '../../../domain/languages.ts';
import { EVENT_TYPES } from '../../../domain/vocabulary.ts';
import { cn } from '../../../lib/cn.ts';
import { buildEras } from '../timeline-items.ts';

/**
 * Under the timeline: the event types shown (colours), what a dot is, and the eras with their
 * dates and the one switch that shows or hides their bands.
 */
export function TimelineLegend({
  dataset,
  lang,
  events,
  showEras,
  onErasChange,
}: {
  dataset: Dataset;
  lang: Lang;
  /** The events shown: the legend lists their types. */
  events: readonly TimelineEvent[];
  showEras: boolean;
  onErasChange: (show: boolean) => void;
}) {
  const { t } = useTranslation();
  const present = new Set(events.map((event) => event.type));
  const eras = useMemo(
    () => buildEras(dataset.periods, lang, (date) => t('eras.ongoing', { date })),
    [dataset, lang, t],
  );
  return (
    <div className="flex flex-col gap-1 rounded-lg border border-slate-200 bg-white px-3 py-2 text-xs text-slate-700">
      {present.size > 0 && (
        <ul aria-label={t('timeline.legend')} className="flex flex-wrap gap-x-3 gap-y-0.5">
          {EVENT_TYPES.filter((type) => present.has(type)).map((type) => (
            <li key={type} className={`flex items-center gap-1.5 ${typeClass(type)}`}>
              <span
                className="inline-block size-2.5 rounded-sm border-2 border-[var(--type-color)] bg-[var(--type-tint)]"
                aria-hidden="true"
              />
              {t(`types.${type}`)}
            </li>
          ))}
          <li className="flex items-center gap-1.5 text-slate-600">
            <span className="inline-block size-2 rounded-full bg-slate-500" aria-hidden="true" />
            {t('timeline.markers')}
          </li>
        </ul>
      )}
      {eras.length > 0 && (
        <div className="flex flex-wrap items-center gap-x-3 gap-y-0.5">
          <button
            type="button"
            role="switch"
            aria-checked={showEras}
            onClick={() => onErasChange(!showEras)}
            className="flex items-center gap-1.5 rounded font-semibold text-slate-800 focus-ring"
          >
            <span
              aria-hidden="true"
              className={cn(
                'relative inline-block h-4 w-7 rounded-full transition-colors',
                showEras ? 'bg-sky-800' : 'bg-slate-400',
              )}
            >
              <span
                className={cn(
                  'absolute top-0.5 size-3 rounded-full bg-white transition-[left]',
                  showEras ? 'left-3.5' : 'left-0.5',
                )}
              />
            </span>
            {t('eras.label')}
          </button>
          <ul
            aria-label={t('eras.legend')}
            className={cn('contents', !showEras && 'text-slate-500')}
          >
            {eras.map((era) => (
              <li key={era.id} className="flex items-center gap-1.5" title={era.title}>
                <span
                  aria-hidden="true"
                  className={cn(
                    'inline-block h-2.5 w-4 rounded-sm',
                    `bt-era-swatch-${era.tone % 5}`,
                  )}
                />
                <span lang={era.labelLang}>{era.label}</span>
                <span className="text-slate-600">{era.dates}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
