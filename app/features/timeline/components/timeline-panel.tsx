import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { typeClass } from '../../../components/ui/event-type-style.ts';
import { EVENT_TYPES } from '../../../domain/dataset-schema.ts';
import type { TimelineViewProps } from './timeline-view.tsx';

// vis-timeline and moment are the heaviest code; they load as their own chunk, requested as soon
// as the app starts so that it downloads while the dataset does.
const timelineChunk = import('./timeline-view.tsx');
const TimelineView = lazy(() => timelineChunk);

export function TimelinePanel(props: TimelineViewProps) {
  const { t } = useTranslation();
  const present = new Set(props.events.map((event) => event.type));
  return (
    <section
      aria-labelledby="timeline-heading"
      aria-describedby="timeline-description"
      className="rounded-lg border border-slate-200 bg-white"
    >
      <h2 id="timeline-heading" className="sr-only">
        {t('timeline.label')}
      </h2>
      <p id="timeline-description" className="sr-only">
        {t('timeline.description')}
      </p>
      <div className="h-[22rem] sm:h-[24rem]">
        <Suspense
          fallback={
            <div role="status" className="flex h-full items-center justify-center text-slate-600">
              {t('loading.timeline')}
            </div>
          }
        >
          <TimelineView {...props} />
        </Suspense>
      </div>
      {present.size > 0 && (
        <div className="border-t border-slate-200 px-3 py-2">
          <h3 className="sr-only">{t('timeline.legend')}</h3>
          <ul
            aria-label={t('timeline.legend')}
            className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700"
          >
            {EVENT_TYPES.filter((type) => present.has(type)).map((type) => (
              <li key={type} className={`flex items-center gap-1.5 ${typeClass(type)}`}>
                <span
                  className="inline-block size-3 rounded-sm border-2 border-[var(--type-color)] bg-[var(--type-tint)]"
                  aria-hidden="true"
                />
                {t(`types.${type}`)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
