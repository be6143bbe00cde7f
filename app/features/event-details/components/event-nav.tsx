import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../../domain/dataset.ts';
import type { TimelineEvent } from '../../../domain/dataset-schema.ts';
import { neighbours, trackNeighbours } from '../../../domain/events.ts';
import { EventLink } from './event-link.tsx';
import type { Lang } from '../../../domain/languages.ts';

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
        <EventLink event={track.previous} lang={lang} caption={t('nav.prevTrack')} />
        <EventLink event={track.next} lang={lang} caption={t('nav.nextTrack')} />
        <EventLink event={list.previous} lang={lang} caption={t('nav.prevList')} />
        <EventLink event={list.next} lang={lang} caption={t('nav.nextList')} />
      </ul>
    </nav>
  );
}
