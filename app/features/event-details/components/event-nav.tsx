import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../../domain/dataset.ts';
import type { TimelineEvent } from '../../../domain/dataset-schema.ts';
import { neighbours, trackNeighbours } from '../../../domain/events.ts';
import { formatDate } from '../../../domain/format-date.ts';
import type { Lang } from '../../../domain/languages.ts';
import { localize } from '../../../domain/localize.ts';

function EventLink({
  event,
  lang,
  label,
}: {
  event: TimelineEvent | undefined;
  lang: Lang;
  label: string;
}) {
  if (!event) return null;
  const title = localize(event.title, lang);
  return (
    <li>
      <span className="block text-xs text-slate-600">{label}</span>
      <Link
        to="/$lang/events/$eventId"
        params={{ lang, eventId: event.id }}
        search
        className="rounded text-sm text-sky-800 underline focus-ring hover:text-sky-950"
      >
        <span lang={title.lang}>{title.text}</span>
      </Link>{' '}
      <span className="text-sm text-slate-600">({formatDate(event.date, lang)})</span>
    </li>
  );
}

/** Previous / next in the same track, and in the current filtered chronology. */
export function EventNav({
  dataset,
  event,
  lang,
  listEvents,
}: {
  dataset: Dataset;
  event: TimelineEvent;
  lang: Lang;
  listEvents: readonly TimelineEvent[];
}) {
  const { t } = useTranslation();
  const track = trackNeighbours(dataset, event);
  const list = neighbours(listEvents, event.id);
  if (!track.previous && !track.next && !list.previous && !list.next) return null;
  return (
    <nav aria-labelledby="event-nav-heading" className="print:hidden">
      <h3 id="event-nav-heading" className="mb-2 font-semibold">
        {t('nav.label')}
      </h3>
      <ul className="grid gap-2 sm:grid-cols-2">
        <EventLink event={track.previous} lang={lang} label={t('nav.prevTrack')} />
        <EventLink event={track.next} lang={lang} label={t('nav.nextTrack')} />
        <EventLink event={list.previous} lang={lang} label={t('nav.prevList')} />
        <EventLink event={list.next} lang={lang} label={t('nav.nextList')} />
      </ul>
    </nav>
  );
}
