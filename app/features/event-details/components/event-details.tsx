import { Link } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../../domain/dataset.ts';
import type { TimelineEvent } from '../../../domain/dataset-schema.ts';
import { relatedOf } from '../../../domain/events.ts';
import type { Lang } from '../../../domain/languages.ts';
import { localize } from '../../../domain/localize.ts';
import { EventActions } from './event-actions.tsx';
import { EventNav } from './event-nav.tsx';
import { EventLink } from './event-link.tsx';
import { EventBody, EventKind } from './event-body.tsx';
import { CLOSE_EVENT_CLASS } from './panel-classes.ts';

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
  const title = localize(event.title, lang);
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
      <header className="flex items-start gap-3">
        <div className="min-w-0 flex-1">
          <EventKind event={event} />
          <h2
            id="event-title"
            ref={headingRef}
            lang={title.lang}
            className="scroll-mt-4 text-xl leading-snug font-semibold text-slate-900"
          >
            {title.text}
          </h2>
        </div>
        <Link
          to="/$lang"
          params={{ lang }}
          search
          onClick={(click) => {
            if (click.metaKey || click.ctrlKey || click.shiftKey || click.button !== 0) return;
            click.preventDefault();
            onClose();
          }}
          aria-label={t('event.close')}
          title={t('event.close')}
          className={CLOSE_EVENT_CLASS}
        >
          <span aria-hidden="true">×</span>
        </Link>
      </header>

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
