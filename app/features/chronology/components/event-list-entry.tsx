/**
 * One entry of the chronology: the event as a real link (date, title, why it matched a search,
 * type and status), so the keyboard and screen readers reach what the timeline draws.
 */
import { memo } from 'react';
import type { TFunction } from 'i18next';
import { typeClass } from '../../../components/ui/event-type-style.ts';
import { Highlighted } from '../../../components/ui/highlighted.tsx';
import type { TimelineEvent } from '../../../domain/dataset-schema.ts';
import { formatDateRange } from '../../../domain/format-date.ts';
import type { Lang } from '../../../domain/languages.ts';
import { localize } from '../../../domain/localize.ts';
import { highlight, matchContext } from '../../../domain/search-highlight.ts';
import type { SearchHits } from '../../../domain/search.ts';
import { cn } from '../../../lib/cn.ts';
import { ChangeBadge } from '../../../components/change-marks.tsx';
import type { EventLinks } from '../hooks/use-event-links.ts';

/**
 * Memoized: a list that grows (the first paint's entries, then the rest, then pages) or whose
 * selection moves renders only the entries that changed. `t` comes from the list: a
 * `useTranslation` in each of a hundred entries cost a quarter of a language switch's render
 * (each one copies the i18next instance when the language changes).
 */
export const EventListEntry = memo(function EventListEntry({
  event,
  lang,
  selected,
  hits,
  t,
  links,
}: {
  event: TimelineEvent;
  lang: Lang;
  selected: boolean;
  hits: SearchHits | undefined;
  t: TFunction;
  links: EventLinks;
}) {
  const title = localize(event.title, lang);
  const titleSegments = highlight(title.text, hits);
  // When the title does not show why an event matched, show where it did match.
  const context = hits && matchContext(event, lang, hits);
  return (
    <li data-event-id={event.id}>
      <a
        href={links.href(event.id)}
        onClick={(click) => links.follow(click, event.id)}
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
            <ChangeBadge eventId={event.id} />
          </span>
        </span>
      </a>
    </li>
  );
});
