import type { Dataset } from '../domain/dataset.ts';
import type { Lang } from '../domain/languages.ts';
import { localize } from '../domain/localize.ts';
import type { Selection } from '../domain/select.ts';
import type { ViewState } from '../domain/view-state.ts';
import { EventList } from '../features/chronology/components/event-list.tsx';
import { StoryList } from '../features/stories/components/story-list.tsx';
import { TimelineLegend } from '../features/timeline/components/timeline-legend.tsx';
import { TrackSummary } from '../features/tracks/components/track-summary.tsx';
import { cn } from '../lib/cn.ts';

/**
 * What the explorer shows below the timeline: its legend, where things stand, the stories, the
 * dataset's description and the list. Until `later` (the first page, until its timeline is
 * drawn: use-timeline-first.ts) only the column, with the skip link's target.
 */
export function ExplorerBelow({
  later,
  dataset,
  lang,
  state,
  selection,
  eventId,
  reading,
  onChange,
  onClearFilters,
  onFocusEvent,
}: {
  later: boolean;
  dataset: Dataset;
  lang: Lang;
  state: ViewState;
  selection: Selection;
  eventId: string | undefined;
  reading: boolean;
  onChange: (patch: Partial<ViewState>, options?: { replace?: boolean }) => void;
  onClearFilters: () => void;
  onFocusEvent: (id: string | undefined) => void;
}) {
  const { embed } = state;
  const description = localize(dataset.description, lang);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <div className={cn('flex min-w-0 flex-col gap-3', !embed && 'lg:col-start-2')}>
      {!later ? (
        // A screen's height, so that the footer stays below the fold until these come: on an
        // event page on a phone the drawn timeline is shorter than its placeholder was.
        <div id="event-list" tabIndex={-1} className="min-h-svh" />
      ) : (
        <>
          {state.view === 'timeline' && (
            <TimelineLegend
              dataset={dataset}
              lang={lang}
              events={selection.events}
              showEras={state.eras}
              onErasChange={(eras) => onChange({ eras }, { replace: true })}
            />
          )}
          {!embed && !reading && <TrackSummary dataset={dataset} lang={lang} today={today} />}
          {!embed && dataset.stories.length > 0 && <StoryList dataset={dataset} lang={lang} />}
          {!embed && (
            <p lang={description.lang} className="max-w-4xl px-1 text-sm text-slate-700">
              {description.text}
            </p>
          )}
          <EventList
            events={selection.events}
            lang={lang}
            selectedId={eventId}
            hits={selection.hits}
            onClearFilters={onClearFilters}
            onFocusEvent={onFocusEvent}
          />
        </>
      )}
    </div>
  );
}
