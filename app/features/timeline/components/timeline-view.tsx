import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cn } from '../../../lib/cn.ts';
import type { Dataset } from '../../../domain/dataset.ts';
import type { TimelineEvent } from '../../../domain/dataset-schema.ts';
import { formatNumber } from '../../../domain/format-date.ts';
import type { Lang } from '../../../domain/languages.ts';
import type { GroupMode } from '../../../domain/view-state.ts';
import { buildEras, buildLanes } from '../timeline-items.ts';
import { VisTimeline, type TimeWindow } from '../vis-adapter.ts';
import { isPlainClick } from '../../../lib/plain-click.ts';
import { TimelineToolbar } from './timeline-toolbar.tsx';

export interface TimelineViewProps {
  dataset: Dataset;
  events: readonly TimelineEvent[];
  lang: Lang;
  selectedId: string | undefined;
  /** An event the keyboard is on in the list: shown and marked, not opened. */
  previewId?: string | undefined;
  group: GroupMode;
  /** The window from the URL (`start`/`end`), if any. */
  window: TimeWindow | undefined;
  filtered: boolean;
  /** The eras' bands (the legend's switch). */
  showEras: boolean;
  onSelect: (id: string) => void;
  onGroupChange: (group: GroupMode) => void;
  onWindowChange: (window: TimeWindow) => void;
  /** A lane's name was clicked: open the track's page (in the app, not a page load). */
  onOpenTrack?: (id: string) => void;
  /** The first draw is done (or, in TimelinePanel, the timeline's chunk failed to load). */
  onFirstDraw?: () => void;
}

/** The interactive timeline: one vis-timeline instance for the component's lifetime. */
export default function TimelineView(props: TimelineViewProps) {
  const { dataset, events, lang, selectedId, group, window, filtered, showEras } = props;
  const { t } = useTranslation();
  const containerRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<VisTimeline | null>(null);
  const propsRef = useRef(props);
  const [ready, setReady] = useState(false);
  const strings = useMemo(
    () => ({
      current: t('timeline.vis.current'),
      time: t('timeline.vis.time'),
      deleteSelected: t('timeline.vis.deleteSelected'),
    }),
    [t],
  );
  const lanes = useMemo(
    () => buildLanes(dataset, events, group, lang, (type) => t(`types.${type}`)),
    [dataset, events, group, lang, t],
  );
  const eras = useMemo(
    () => (showEras ? buildEras(dataset.periods, lang, (date) => t('eras.ongoing', { date })) : []),
    [dataset, showEras, lang, t],
  );
  const content = useMemo(
    () => ({ ...lanes, eras, resultsOnly: filtered }),
    [lanes, eras, filtered],
  );
  const texts = useMemo(
    () => ({
      lang,
      strings,
      lanesLabel: t('lanes.label'),
      erasLabel: t('eras.label'),
      today: t('timeline.today'),
    }),
    [lang, strings, t],
  );
  const created = useRef({ content, texts });

  // vis draws a period's count whenever it redraws: with the current language.
  const countLabelRef = useRef((count: number) => ({
    label: formatNumber(count, lang),
    title: t('list.count', { count }),
  }));
  useEffect(() => {
    propsRef.current = props;
    countLabelRef.current = (count) => ({
      label: formatNumber(count, lang),
      title: t('list.count', { count }),
    });
  });

  // What vis should show now, for a creation that comes after the render that asked for it.
  const latest = useRef({ content, texts });
  useEffect(() => {
    latest.current = { content, texts };
  }, [content, texts]);

  // Create once, with what is known then; destroy on unmount (react.dev, "Synchronizing with
  // Effects"). vis's construction forces a layout of the page (~90 ms on the shipped dataset): it
  // runs in a task of its own, after React's commit has been painted, not inside it.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let timeline: VisTimeline | undefined;
    const timer = setTimeout(() => {
      const initial = propsRef.current;
      created.current = latest.current;
      timeline = new VisTimeline(
        container,
        {
          onSelect: (id) => propsRef.current.onSelect(id),
          countLabel: (count) => countLabelRef.current(count),
          onReady: () => {
            setReady(true);
            propsRef.current.onFirstDraw?.();
          },
          onWindowChange: (next) => propsRef.current.onWindowChange(next),
        },
        {
          ...created.current.texts,
          ...created.current.content,
          // A shared link opens on its window; a deep link on its event; otherwise everything.
          window: initial.window,
          focusId: initial.selectedId,
        },
      );
      timelineRef.current = timeline;
      // The effects below ran before vis existed: give it what they would have.
      timeline.view.select(initial.selectedId);
      if (initial.previewId !== undefined) timeline.view.preview(initial.previewId);
    }, 0);
    return () => {
      clearTimeout(timer);
      timeline?.destroy();
      timelineRef.current = null;
    };
  }, []);

  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline || created.current.content === content) return;
    // `created` records what vis has been given, so an update cancelled below is made next time.
    const apply = () => {
      created.current = { content, texts };
      timeline.setTexts(texts);
      timeline.setContent(content);
    };
    // A filter, a query or a language changes the count, the list and the timeline. React runs
    // this effect inside the click's or the keystroke's task, and vis's update measures the page
    // React has just changed (forced layouts: ~10–20 ms for a filter, ~30 ms for a switch's
    // relabelled items). So the rest of the page is painted first and the timeline follows in the
    // next task, as the interaction-to-next-paint advice has it (the urgent update, a yield, then
    // the rest): a filter's first paint 42 → 31–35 ms, a keystroke's 33 → 21–24 ms, the timeline
    // ~15–20 ms later than before (docs/performance.md). A newer change before then replaces this
    // one (fast typing updates vis once). Item ids do not depend on the content, so a click on an
    // item meanwhile opens the event it shows.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(apply, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [content, texts]);

  useEffect(() => {
    timelineRef.current?.view.select(selectedId);
  }, [selectedId]);

  const { previewId } = props;
  useEffect(() => {
    if (previewId !== undefined) timelineRef.current?.view.preview(previewId);
  }, [previewId]);

  const windowStart = window?.start;
  const windowEnd = window?.end;
  useEffect(() => {
    if (windowStart !== undefined && windowEnd !== undefined)
      timelineRef.current?.view.setWindow({ start: windowStart, end: windowEnd });
  }, [windowStart, windowEnd]);

  return (
    <div className="flex flex-col md:h-full">
      <TimelineToolbar
        group={group}
        filtered={filtered}
        empty={events.length === 0}
        onZoom={(delta) => timelineRef.current?.view.zoom(delta)}
        onFit={() => timelineRef.current?.view.fit()}
        onGroupChange={props.onGroupChange}
      />
      <div className="relative md:min-h-0 md:flex-1">
        <div
          ref={containerRef}
          aria-busy={!ready}
          // Until vis has drawn: the same room as the panel's placeholder (timeline-panel.tsx), and
          // transparent, so vis's own first layouts (lanes measured, then stacked) never show as
          // layout shifts (not `invisible`: vis sets its root's visibility itself).
          className={cn(
            'bt-timeline md:h-full',
            !ready && 'opacity-0 max-md:min-h-[calc(100svh-13rem)]',
          )}
          onClick={(click) => {
            // A lane's name is a real link (it opens in a new tab too); a plain click routes.
            const link = (click.target as Element).closest<HTMLAnchorElement>('a[data-track]');
            const open = propsRef.current.onOpenTrack;
            if (!link?.dataset.track || !open) return;
            if (!isPlainClick(click)) return;
            click.preventDefault();
            open(link.dataset.track);
          }}
        />
        {events.length === 0 && (
          <p className="absolute inset-0 flex items-center justify-center bg-white/80 text-slate-700">
            {t('results.empty')}
          </p>
        )}
      </div>
    </div>
  );
}
