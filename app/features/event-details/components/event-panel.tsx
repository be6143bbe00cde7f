import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import type { Dataset } from '../../../domain/dataset.ts';
import type { TimelineEvent } from '../../../domain/dataset-schema.ts';
import type { Lang } from '../../../domain/languages.ts';
import { EventDetails } from './event-details.tsx';
import { EventNotFound } from './event-not-found.tsx';
import { EVENT_PANEL_CLASS } from './panel-classes.ts';

/** The side panel (a sheet on phones): the open event, or a "not found" message. */
export function EventPanel({
  before,
  dataset,
  eventId,
  lang,
  hidden,
  onShow,
  listEvents,
  search,
  onClose,
}: {
  /** Shown above the event (story mode's bar). */
  before?: ReactNode;
  dataset: Dataset;
  eventId: string;
  lang: Lang;
  /** The open event is filtered out: keep it, say so, offer to show it. */
  hidden: boolean;
  onShow: () => void;
  listEvents: readonly TimelineEvent[];
  search: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const event = dataset.eventsById.get(eventId);
  return (
    <aside aria-label={t('event.panelLabel')} className={EVENT_PANEL_CLASS}>
      {before}
      {hidden && (
        <div
          role="status"
          className="m-4 mb-0 flex flex-wrap items-center gap-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950"
        >
          <p className="flex-1">{t('results.hidden')}</p>
          <Button onClick={onShow}>{t('results.showIt')}</Button>
        </div>
      )}
      {event ? (
        <EventDetails
          dataset={dataset}
          event={event}
          lang={lang}
          listEvents={listEvents}
          search={search}
          onClose={onClose}
        />
      ) : (
        <EventNotFound id={eventId} lang={lang} />
      )}
    </aside>
  );
}
