import { Link } from '@tanstack/react-router';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '../../../domain/dataset-schema.ts';
import type { Lang } from '../../../domain/languages.ts';
import { localize } from '../../../domain/localize.ts';
import { isPlainClick } from '../../../lib/plain-click.ts';
import { EventKind } from './event-body.tsx';

/**
 * The open event's kind, title and ×, a link back to the timeline (keeping the filters). The
 * app's panel (event-details.tsx) and the page built for an event (routes/static-page.tsx) share
 * it, so the app takes over an event page without moving it. `onClose` takes a plain click.
 */
export function EventHeader({
  event,
  lang,
  headingRef,
  onClose,
}: {
  event: TimelineEvent;
  lang: Lang;
  headingRef?: Ref<HTMLHeadingElement>;
  onClose?: () => void;
}) {
  const { t } = useTranslation();
  const title = localize(event.title, lang);
  return (
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
          if (!onClose || !isPlainClick(click)) return;
          click.preventDefault();
          onClose();
        }}
        aria-label={t('event.close')}
        title={t('event.close')}
        className="-mt-1 -mr-1 inline-flex size-9 shrink-0 items-center justify-center rounded-md text-2xl leading-none text-slate-700 focus-ring hover:bg-slate-200"
      >
        <span aria-hidden="true">×</span>
      </Link>
    </header>
  );
}
