import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../../domain/dataset.ts';
import type { TimelineEvent } from '../../../domain/dataset-schema.ts';
import type { Lang } from '../../../domain/languages.ts';
import { Button } from '../../../components/ui/button.tsx';
import { toItem, trackGroups } from '../timeline-items.ts';
import { VisTimeline } from '../vis-adapter.ts';

export interface TimelineViewProps {
  dataset: Dataset;
  events: readonly TimelineEvent[];
  lang: Lang;
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}

/** The interactive timeline: one vis-timeline instance for the component's lifetime. */
export default function TimelineView({
  dataset,
  events,
  lang,
  selectedId,
  onSelect,
}: TimelineViewProps) {
  const { t } = useTranslation();
  const containerRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<VisTimeline | null>(null);
  const onSelectRef = useRef(onSelect);
  const selectedRef = useRef(selectedId);
  const strings = useMemo(
    () => ({
      current: t('timeline.vis.current'),
      time: t('timeline.vis.time'),
      deleteSelected: t('timeline.vis.deleteSelected'),
    }),
    [t],
  );
  const stringsRef = useRef(strings);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    onSelectRef.current = onSelect;
    selectedRef.current = selectedId;
    stringsRef.current = strings;
  });

  const groups = useMemo(() => trackGroups(dataset, lang), [dataset, lang]);
  const items = useMemo(() => events.map((event) => toItem(event, lang)), [events, lang]);
  const dataRef = useRef({ groups, items });

  // Create once, with the data present at mount; destroy on unmount (react.dev, "Synchronizing with Effects").
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const timeline = new VisTimeline(
      container,
      { onSelect: (id) => onSelectRef.current(id), onReady: () => setReady(true) },
      // The first view fits every event; a deep link opens on its event instead.
      { lang, strings: stringsRef.current, ...dataRef.current, focusId: selectedRef.current },
    );
    timelineRef.current = timeline;
    return () => {
      timeline.destroy();
      timelineRef.current = null;
    };
    // The props at creation only seed the instance; later changes are synced by the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline || (dataRef.current.groups === groups && dataRef.current.items === items)) return;
    dataRef.current = { groups, items };
    timeline.setLocale(lang, strings);
    timeline.setData(groups, items);
  }, [groups, items, lang, strings]);

  useEffect(() => {
    timelineRef.current?.select(selectedId);
  }, [selectedId]);

  return (
    <div className="flex h-full flex-col">
      <div className="flex flex-wrap items-center gap-2 border-b border-slate-200 px-3 py-2">
        <Button
          aria-label={t('timeline.zoomIn')}
          title={t('timeline.zoomIn')}
          onClick={() => timelineRef.current?.zoom(0.5)}
        >
          <span aria-hidden="true">+</span>
        </Button>
        <Button
          aria-label={t('timeline.zoomOut')}
          title={t('timeline.zoomOut')}
          onClick={() => timelineRef.current?.zoom(-0.5)}
        >
          <span aria-hidden="true">−</span>
        </Button>
        <Button onClick={() => timelineRef.current?.fit()}>{t('timeline.fit')}</Button>
        <p className="text-xs text-slate-600">{t('timeline.hint')}</p>
      </div>
      <div ref={containerRef} aria-busy={!ready} className="bt-timeline min-h-0 flex-1" />
    </div>
  );
}
