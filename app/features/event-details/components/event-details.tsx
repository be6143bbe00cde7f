import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../../domain/dataset.ts';
import type { TimelineEvent } from '../../../domain/dataset-schema.ts';
import { relatedOf } from '../../../domain/events.ts';
import type { Lang } from '../../../domain/languages.ts';
import { EventActions } from './event-actions.tsx';
import { EventNav } from './event-nav.tsx';
import { EventLink } from './event-link.tsx';
import { EventBody } from './event-body.tsx';
import { EventHeader } from './event-header.tsx';

interface EventDetailsProps {
  dataset: Dataset;
  event: TimelineEvent;
  lang: Lang;
  /** The current filtered chronology, for previous / next. */
  listEvents: readonly TimelineEvent[];
  /** The current query string, for "copy link with filters". */
  search: string;
  onClose: () => void;
}

export function EventDetails({
  dataset,
  event,
  lang,
  listEvents,
  search,
  onClose,
}: EventDetailsProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const related = relatedOf(dataset, event);

  // On narrow screens the panel sits above the list: bring it into view when the event changes.
  useEffect(() => {
    const heading = headingRef.current;
    if (!heading || !window.matchMedia('(min-width: 768px) and (max-width: 1279px)').matches)
      return;
    const { top } = heading.getBoundingClientRect();
    if (top < 0 || top > window.innerHeight * 0.6) heading.scrollIntoView({ block: 'start' });
  }, [event.id]);

  return (
    <article aria-labelledby="event-title" className="flex flex-col gap-4 p-4">
      <EventHeader event={event} lang={lang} headingRef={headingRef} onClose={onClose} />

      <EventActions dataset={dataset} event={event} lang={lang} search={search} />

      <EventBody dataset={dataset} event={event} lang={lang} />

      {related.length > 0 && (
        <section aria-labelledby="event-related">
          <h3 id="event-related" className="mb-2 font-semibold">
            {t('event.related')}
          </h3>
          <ul className="space-y-1 text-sm">
            {related.map((other) => (
              <EventLink key={other.id} event={other} lang={lang} />
            ))}
          </ul>
        </section>
      )}
      <EventNav dataset={dataset} event={event} lang={lang} listEvents={listEvents} />
    </article>
  );
}
