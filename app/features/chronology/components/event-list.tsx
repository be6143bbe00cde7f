import { Link } from '@tanstack/react-router';
import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import { typeClass } from '../../../components/ui/event-type-style.ts';
import { Highlighted } from '../../../components/ui/highlighted.tsx';
import type { TimelineEvent } from '../../../domain/dataset-schema.ts';
import { groupByYear } from '../../../domain/events.ts';
import { formatDate, formatDateRange } from '../../../domain/format-date.ts';
import type { Lang } from '../../../domain/languages.ts';
import { localize } from '../../../domain/localize.ts';
import { highlight, matchContext, type SearchHits } from '../../../domain/search.ts';
import { cn } from '../../../lib/cn.ts';

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

function Entry({
  event,
  lang,
  selected,
  hits,
}: {
  event: TimelineEvent;
  lang: Lang;
  selected: boolean;
  hits: SearchHits | undefined;
}) {
  const { t } = useTranslation();
  const title = localize(event.title, lang);
  const titleSegments = highlight(title.text, hits);
  // When the title does not show why an event matched, show where it did match.
  const context = hits && matchContext(event, lang, hits);
  return (
    <li data-event-id={event.id}>
      <Link
        to="/$lang/events/$eventId"
        params={{ lang, eventId: event.id }}
        search
        aria-current={selected ? 'true' : undefined}
        className={cn(
          'group flex flex-col gap-x-3 rounded-md border-l-4 border-l-[var(--type-color)] px-3 py-2 focus-ring sm:flex-row',
          typeClass(event.type),
          selected ? 'bg-sky-50 ring-2 ring-sky-700 ring-inset' : 'hover:bg-slate-100',
        )}
      >
        <span className="shrink-0 text-sm text-slate-600 tabular-nums sm:w-36">
          {formatDateRange(event.date, event.end, lang)}
        </span>
        <span className="min-w-0">
          <span
            lang={title.lang}
            className="block font-medium text-slate-900 group-hover:underline"
          >
            <Highlighted segments={titleSegments} />
          </span>
          {context && (
            <span lang={context.lang} className="mt-0.5 block text-sm text-slate-700">
              <Highlighted segments={context.segments} />
            </span>
          )}
          <span className="block text-xs text-slate-600">
            {t(`types.${event.type}`)}
            {event.status !== 'held' && (
              <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 font-medium text-amber-900">
                {t(`event.status.${event.status}`)}
              </span>
            )}
          </span>
        </span>
      </Link>
    </li>
  );
}

const STEPS: Record<string, number> = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1 };

/**
 * Long lists render in pages of this many entries and grow as the reader scrolls near the end
 * (or presses "Show more", or walks past the last entry with the keys): rendering 10,000 links at
 * once took seconds on every filter change. Lists up to one page render whole.
 */
export const LIST_PAGE = 250;

/** How many entries to render: a page, or up to the selected event so that it is there. */
function initialLimit(events: readonly TimelineEvent[], selectedId: string | undefined): number {
  if (events.length <= LIST_PAGE || selectedId === undefined) return LIST_PAGE;
  const index = events.findIndex((event) => event.id === selectedId);
  return index < LIST_PAGE ? LIST_PAGE : Math.ceil((index + 1) / LIST_PAGE) * LIST_PAGE;
}

/**
 * The chronology: every visible event as a real link, by year (or best first when searching).
 * It is the keyboard and screen-reader path to the same events the timeline draws.
 */
/** Whether the list is its own scroll box (wider screens) or part of the page (phones). */
const scrolls = (element: HTMLElement | null) =>
  element !== null && getComputedStyle(element).overflowY !== 'visible';

export const EventList = memo(function EventList({
  events,
  lang,
  selectedId,
  hits,
  onClearFilters,
  onFocusEvent,
}: EventListProps) {
  const { t } = useTranslation();
  const scrollerRef = useRef<HTMLDivElement>(null);
  const sentinelRef = useRef<HTMLDivElement>(null);
  // A new result set starts again from its first page (state reset while rendering, not in an
  // effect, so the long list is never rendered once in full).
  const [paging, setPaging] = useState(() => ({
    events,
    limit: initialLimit(events, selectedId),
  }));
  let limit = paging.limit;
  if (paging.events !== events) {
    limit = initialLimit(events, selectedId);
    setPaging({ events, limit });
  } else if (selectedId !== undefined && limit < events.length) {
    const needed = initialLimit(events, selectedId);
    if (needed > limit) {
      limit = needed;
      setPaging({ events, limit });
    }
  }
  const shown = limit >= events.length ? events : events.slice(0, limit);
  const remaining = events.length - shown.length;
  const showMore = () =>
    setPaging((current) =>
      current.events === events ? { events, limit: current.limit + LIST_PAGE } : current,
    );
  /** An entry to focus once the next page has rendered (the keys walked past the last one). */
  const pendingFocus = useRef<string | undefined>(undefined);

  // Grow the list when its end scrolls into view.
  useEffect(() => {
    const sentinel = sentinelRef.current;
    if (!sentinel || remaining === 0) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) showMore();
      },
      // On phones the list scrolls with the page (no scroll box inside it): watch the viewport.
      { root: scrolls(scrollerRef.current) ? scrollerRef.current : null, rootMargin: '600px 0px' },
    );
    observer.observe(sentinel);
    return () => observer.disconnect();
  });

  useEffect(() => {
    const id = pendingFocus.current;
    if (id === undefined) return;
    pendingFocus.current = undefined;
    const link = scrollerRef.current?.querySelector<HTMLAnchorElement>(
      `li[data-event-id="${CSS.escape(id)}"] > a`,
    );
    if (!link) return;
    link.focus();
    onFocusEvent(id);
  });

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

  // ↑ ↓ (or k j) move between entries; Enter opens the focused one (it is a link).
  const onKeyDown = (key: React.KeyboardEvent<HTMLDivElement>) => {
    const step = STEPS[key.key];
    if (step === undefined || key.altKey || key.ctrlKey || key.metaKey) return;
    const links = [
      ...key.currentTarget.querySelectorAll<HTMLAnchorElement>('li[data-event-id] > a'),
    ];
    const current = links.findIndex((link) => link === document.activeElement);
    if (step > 0 && current === links.length - 1 && remaining > 0) {
      key.preventDefault();
      pendingFocus.current = shown.length < events.length ? events[shown.length]?.id : undefined;
      showMore();
      return;
    }
    const next =
      links[current === -1 ? 0 : Math.max(0, Math.min(links.length - 1, current + step))];
    if (!next) return;
    key.preventDefault();
    next.focus();
    const id = next.parentElement?.dataset.eventId;
    if (id) onFocusEvent(id);
  };

  const entry = (event: TimelineEvent) => (
    <Entry
      key={event.id}
      event={event}
      lang={lang}
      selected={event.id === selectedId}
      hits={hits}
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
