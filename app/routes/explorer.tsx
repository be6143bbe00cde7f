import { useNavigate } from '@tanstack/react-router';
import { useCallback, useMemo, useState } from 'react';
import type { Dataset, DatasetProblem } from '../domain/dataset.ts';
import type { Story } from '../domain/dataset-schema.ts';
import type { Lang } from '../domain/languages.ts';
import { parsePartialDate, startOf } from '../domain/partial-date.ts';
import { prepareSearchIndex } from '../domain/search.ts';
import {
  hasActiveFilters,
  NO_FILTERS,
  serializeViewState,
  stringifySearch,
} from '../domain/view-state.ts';
import { DatasetNotice } from '../features/dataset-status/components/dataset-notice.tsx';
import { EventPanel } from '../features/event-details/components/event-panel.tsx';
import { SearchBox } from '../features/search/components/search-box.tsx';
import { TimelinePanel } from '../features/timeline/components/timeline-panel.tsx';
import { StoryBar } from '../features/stories/components/story-bar.tsx';
import { cn } from '../lib/cn.ts';
import { ExplorerBelow } from './explorer-below.tsx';
import { ExplorerPrint } from './explorer-print.tsx';
import { FiltersAside } from './filters-aside.tsx';
import { ResultsBar } from './results-bar.tsx';
import { useCloseEvent } from './use-close-event.ts';
import { useSelection } from './use-selection.ts';
import { useTimelineFirst } from './use-timeline-first.ts';
import { useViewState } from './use-view-state.ts';

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const toMs = (value: string | undefined) => {
  const date = value === undefined ? undefined : parsePartialDate(value);
  return date ? startOf(date).getTime() : undefined;
};

/** Search, filters, timeline, list and event panel over one loaded dataset, all driven by the URL. */
export function Explorer({
  dataset,
  problems,
  lang,
  eventId,
  story,
  reading = false,
}: {
  dataset: Dataset;
  problems: readonly DatasetProblem[];
  lang: Lang;
  eventId: string | undefined;
  /** Story mode: the story and the step shown (its event is `eventId`). */
  story?: { story: Story; index: number } | undefined;
  /**
   * Only a large file's first events are in (the rest is being read): they are shown and can be
   * explored, and what needs the whole (print, export, the tracks' stages, the notice of
   * problems) waits for it.
   */
  reading?: boolean;
}) {
  const navigate = useNavigate();
  const { state, filters, update, setQuery } = useViewState(dataset, lang, eventId);
  const { selection, counts } = useSelection(dataset, filters, lang);
  // The filter column's button on smaller screens (FiltersAside).
  const [filtersOpen, setFiltersOpen] = useState(false);
  // The list entry the keyboard is on; the timeline follows it. Transient, so not in the URL.
  const [previewId, setPreviewId] = useState<string | undefined>();
  const [previewFor, setPreviewFor] = useState(eventId);
  if (previewFor !== eventId) {
    setPreviewFor(eventId);
    setPreviewId(undefined);
  }
  const closeEvent = useCloseEvent(eventId, lang);

  const filtered = hasActiveFilters(state);
  const embed = state.embed;
  // Links shared from the panel open the full app, even from an embed.
  const shareSearch = stringifySearch(serializeViewState({ ...state, embed: false }));
  const window = useMemo(() => {
    const start = toMs(state.start);
    const end = toMs(state.end);
    return start !== undefined && end !== undefined ? { start, end } : undefined;
  }, [state.start, state.end]);

  const onSelect = useCallback(
    (id: string) =>
      void navigate({
        to: '/$lang/events/$eventId',
        params: { lang, eventId: id },
        search: true,
      }),
    [lang, navigate],
  );
  const clear = useCallback(() => update(NO_FILTERS), [update]);

  const open = eventId !== undefined;
  const timeline = state.view === 'timeline';
  const { later, release } = useTimelineFirst(timeline);
  return (
    <>
      {!reading && (
        <ExplorerPrint
          dataset={dataset}
          filters={filters}
          events={selection.events}
          lang={lang}
          story={story?.story}
        />
      )}
      <div
        aria-busy={reading || !later || undefined}
        data-later={later ? undefined : 'held'}
        className={cn(
          'grid items-start gap-x-4 gap-y-3 print:hidden',
          !embed && 'lg:grid-cols-[17rem_minmax(0,1fr)]',
          !embed &&
            open &&
            'lg:grid-cols-[17rem_minmax(0,1fr)_22rem] 2xl:grid-cols-[17rem_minmax(0,1fr)_26rem]',
        )}
      >
        {/* The first screen: search, results and the timeline, sharing the viewport's height. */}
        <div
          className={cn(
            // A container: the timeline's toolbar keeps its hint only where there is room.
            '@container flex min-w-0 flex-col gap-2',
            !embed && 'lg:col-start-2',
            timeline && !embed && 'md:h-[calc(100dvh-4.5rem)] md:min-h-[26rem]',
          )}
        >
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
            {!state.embed && (
              <div className="min-w-0 flex-[1_1_16rem]">
                <SearchBox
                  value={state.q}
                  onChange={setQuery}
                  onIntent={() => prepareSearchIndex(dataset, 'now')}
                />
              </div>
            )}
            <div className="min-w-0 flex-[1_1_auto]">
              <ResultsBar
                dataset={dataset}
                state={state}
                lang={lang}
                events={selection.events}
                filtersOpen={filtersOpen}
                onToggleFilters={() => setFiltersOpen((open) => !open)}
                onChange={update}
                reading={reading}
              />
            </div>
          </div>
          {!reading && <DatasetNotice problems={problems} />}
          {timeline && (
            <div className={cn('min-w-0', embed ? 'md:h-[24rem]' : 'md:min-h-0 md:flex-1')}>
              <TimelinePanel
                dataset={dataset}
                events={selection.events}
                lang={lang}
                selectedId={eventId}
                previewId={previewId}
                group={state.group}
                window={window}
                filtered={filtered}
                showEras={state.eras}
                onSelect={onSelect}
                onFirstDraw={release}
                onGroupChange={(group) => update({ group })}
                onOpenTrack={(trackId) =>
                  void navigate({ to: '/$lang/tracks/$trackId', params: { lang, trackId } })
                }
                onWindowChange={(next) =>
                  update({ start: isoDay(next.start), end: isoDay(next.end) }, { replace: true })
                }
              />
            </div>
          )}
        </div>
        {!embed && (
          <FiltersAside
            panel={later}
            dataset={dataset}
            state={state}
            counts={counts}
            lang={lang}
            open={filtersOpen}
            onChange={update}
          />
        )}
        {eventId !== undefined && (
          <div
            className={cn(
              'min-w-0',
              !embed &&
                'lg:sticky lg:top-2 lg:col-start-3 lg:row-span-2 lg:row-start-1 lg:max-h-[calc(100dvh-1rem)] lg:overflow-y-auto lg:rounded-lg',
            )}
          >
            <EventPanel
              before={story && <StoryBar story={story.story} index={story.index} lang={lang} />}
              dataset={dataset}
              eventId={eventId}
              lang={lang}
              hidden={
                dataset.eventsById.has(eventId) && !selection.events.some((e) => e.id === eventId)
              }
              onShow={clear}
              listEvents={selection.events}
              search={shareSearch}
              onClose={closeEvent}
            />
          </div>
        )}
        <ExplorerBelow
          later={later}
          dataset={dataset}
          lang={lang}
          state={state}
          selection={selection}
          eventId={eventId}
          reading={reading}
          onChange={update}
          onClearFilters={clear}
          onFocusEvent={setPreviewId}
        />
      </div>
    </>
  );
}
