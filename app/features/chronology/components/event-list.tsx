import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import type { TimelineEvent } from '../../../domain/dataset-schema.ts';
import { groupByYear } from '../../../domain/events.ts';
import { formatDate } from '../../../domain/format-date.ts';
import type { Lang } from '../../../domain/languages.ts';
import type { SearchHits } from '../../../domain/search.ts';
import { useEventLinks } from '../hooks/use-event-links.ts';
import { useListKeys } from '../hooks/use-list-keys.ts';
import { LIST_PAGE, useListPaging } from '../hooks/use-list-paging.ts';
import { EventListEntry } from './event-list-entry.tsx';

interface EventListProps {
  events: readonly TimelineEvent[];
  lang: Lang;
  selectedId: string | undefined;
  /** When searching: matches to highlight, and the events come best first. */
  hits: SearchHits | undefined;
  onClearFilters: () => void;
  /** Keyboard focus moved to an event's entry (the timeline follows it). */
  onFocusEvent: (id: string) => void;
}

/**
 * The chronology: every visible event as a real link, by year (or best first when searching).
 * It is the keyboard and screen-reader path to the same events the timeline draws.
 */
export const EventList = memo(function EventList({
  events,
  lang,
  selectedId,
  hits,
  onClearFilters,
  onFocusEvent,
}: EventListProps) {
  const { t } = useTranslation();
  const links = useEventLinks(lang);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const sentinelRef = useRef<HTMLDivElement>(null);
  const paging = useListPaging(events, selectedId, scrollerRef, sentinelRef);
  const { shown, remaining, showMore } = paging;
  const onKeyDown = useListKeys(events, paging, scrollerRef, onFocusEvent);

  // Keep the selected entry visible inside the list without scrolling the page.
  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller || selectedId === undefined) return;
    const entry = scroller.querySelector<HTMLElement>(
      `[data-event-id="${CSS.escape(selectedId)}"]`,
    );
    if (!entry) return;
    const top =
      entry.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
    const headerRoom = 40; // the sticky year heading
    if (
      top - headerRoom < scroller.scrollTop ||
      top + entry.offsetHeight > scroller.scrollTop + scroller.clientHeight
    ) {
      scroller.scrollTop = Math.max(0, top - scroller.clientHeight / 3);
    }
  }, [selectedId]);

  const entry = (event: TimelineEvent) => (
    <EventListEntry
      key={event.id}
      event={event}
      lang={lang}
      selected={event.id === selectedId}
      hits={hits}
      t={t}
      links={links}
    />
  );

  return (
    <section
      aria-labelledby="event-list-heading"
      className="flex min-h-0 flex-col rounded-lg border border-slate-200 bg-white"
    >
      <div className="flex items-baseline justify-between gap-2 border-b border-slate-200 px-4 py-3">
        <h2 id="event-list-heading" className="text-lg font-semibold">
          {t('list.heading')}
        </h2>
        <p className="text-sm text-slate-600">
          {hits ? t('results.relevance') : t('list.count', { count: events.length })}
        </p>
      </div>
      <p id="event-list-keys" className="sr-only">
        {t('keyboard.hint')}
      </p>
      {/* The skip link lands here; the keys move between the entries' links. */}
      <div
        ref={scrollerRef}
        id="event-list"
        tabIndex={-1}
        onKeyDown={onKeyDown}
        aria-describedby="event-list-keys"
        className="relative px-2 py-2 outline-none md:max-h-[70vh] md:overflow-y-auto print:max-h-none print:overflow-visible"
      >
        {events.length === 0 ? (
          <div className="flex flex-col items-start gap-3 px-2 py-6">
            <p className="text-slate-700">{t('results.empty')}</p>
            <Button onClick={onClearFilters}>{t('results.clear')}</Button>
          </div>
        ) : hits ? (
          <ol className="space-y-1">{shown.map(entry)}</ol>
        ) : (
          groupByYear(shown).map((group) => (
            <section key={group.year} aria-labelledby={`year-${group.year}`}>
              <h3
                id={`year-${group.year}`}
                className="sticky -top-2 z-10 border-b border-slate-100 bg-white px-2 pt-2 pb-1 text-sm font-semibold text-slate-700"
              >
                {formatDate(String(group.year), lang)}
              </h3>
              <ol className="space-y-1">{group.events.map(entry)}</ol>
            </section>
          ))
        )}
        {remaining > 0 && (
          <div ref={sentinelRef} className="flex flex-wrap items-center gap-3 px-2 py-3">
            <Button onClick={showMore}>
              {t('list.more', { count: Math.min(LIST_PAGE, remaining) })}
            </Button>
            <span className="text-sm text-slate-600">
              {t('list.shown', { shown: shown.length, total: events.length })}
            </span>
          </div>
        )}
      </div>
    </section>
  );
});
