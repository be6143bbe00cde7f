import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import { typeClass } from '../../../components/ui/event-type-style.ts';
import { EVENT_TYPES } from '../../../domain/vocabulary.ts';
import type { TimelineViewProps } from './timeline-view.tsx';

// vis-timeline and moment are the heaviest code; they load as their own chunk, requested as soon
// as the app starts so that it downloads while the dataset does. Not React.lazy: a Suspense
// boundary holds revealed content back for up to 300 ms (React 19 batches reveals), which here
// delayed the first timeline by that much although the chunk had long arrived.
type TimelineModule = typeof import('./timeline-view.tsx');
type ChunkState = { module: TimelineModule } | { error: unknown } | undefined;
let chunkState: ChunkState;
const timelineChunk: Promise<ChunkState> = import('./timeline-view.tsx').then(
  (module) => (chunkState = { module }),
  (error: unknown) => (chunkState = { error }),
);

/** The timeline module once loaded, or the error that stopped it loading. */
function useTimelineChunk(): ChunkState {
  const [state, setState] = useState(chunkState);
  useEffect(() => {
    if (state) return;
    let live = true;
    void timelineChunk.then((next) => live && setState(next));
    return () => {
      live = false;
    };
  }, [state]);
  return state;
}

export function TimelinePanel(props: TimelineViewProps) {
  const { t } = useTranslation();
  const chunk = useTimelineChunk();
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
        {chunk && 'module' in chunk ? (
          <chunk.module.default {...props} />
        ) : chunk ? (
          // The chunk did not arrive (offline, or a deploy replaced it): the list still works.
          <div
            role="alert"
            className="flex h-full flex-col items-center justify-center gap-3 p-4 text-center text-slate-700"
          >
            <p className="max-w-md">{t('timeline.failed')}</p>
            <Button onClick={() => window.location.reload()}>{t('timeline.reload')}</Button>
          </div>
        ) : (
          <div role="status" className="flex h-full items-center justify-center text-slate-600">
            {t('loading.timeline')}
          </div>
        )}
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
