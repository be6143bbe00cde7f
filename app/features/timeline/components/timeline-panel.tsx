import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import { LANGUAGE_REGISTRY, LANGUAGES } from '../../../domain/languages.ts';
import type { TimelineViewProps } from './timeline-view.tsx';

// vis-timeline and moment are the heaviest code; they load as their own chunk, requested as soon
// as the app starts so that it downloads while the dataset does. Not React.lazy: a Suspense
// boundary holds revealed content back for up to 300 ms (React 19 batches reveals), which here
// delayed the first timeline by that much although the chunk had long arrived.
type TimelineModule = typeof import('./timeline-view.tsx');
type ChunkState = { module: TimelineModule } | { error: unknown } | undefined;
let chunkState: ChunkState;
// Every language's moment locale loads with it (languages.ts), so the axis follows a switch.
const timelineChunk: Promise<ChunkState> = Promise.all([
  import('./timeline-view.tsx'),
  ...LANGUAGES.map((lang) => LANGUAGE_REGISTRY[lang].loadMoment()),
]).then(
  ([module]) => (chunkState = { module }),
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
  const failed = chunk !== undefined && 'error' in chunk;
  const { onFirstDraw } = props;
  useEffect(() => {
    if (failed) onFirstDraw?.();
  }, [failed, onFirstDraw]);
  return (
    <section
      aria-labelledby="timeline-heading"
      aria-describedby="timeline-description"
      className="flex flex-col rounded-lg border border-slate-200 bg-white md:h-full"
    >
      <h2 id="timeline-heading" className="sr-only">
        {t('timeline.label')}
      </h2>
      <p id="timeline-description" className="sr-only">
        {t('timeline.description')}
      </p>
      <div className="min-h-40 md:min-h-0 md:flex-1">
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
          // On phones the drawn timeline is taller than the screen: the placeholder keeps what
          // comes after it below the fold, so the page does not jump when the timeline arrives.
          <div
            role="status"
            className="flex h-full min-h-40 items-center justify-center text-slate-600 max-md:min-h-[calc(100svh-10rem)]"
          >
            {t('loading.timeline')}
          </div>
        )}
      </div>
    </section>
  );
}
