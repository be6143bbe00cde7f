import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { typeClass } from '../../../components/ui/event-type-style.ts';
import type { Dataset } from '../../../domain/dataset.ts';
import type { TimelineEvent } from '../../../domain/dataset-schema.ts';
import { partiesOf } from '../../../domain/events.ts';
import { formatDateRange } from '../../../domain/format-date.ts';
import type { Lang } from '../../../domain/languages.ts';
import { localize } from '../../../domain/localize.ts';
import { cn } from '../../../lib/cn.ts';
import { ChangeBadge } from '../../../components/change-marks.tsx';
import { DocumentList } from './document-list.tsx';
import { SourceList } from './source-list.tsx';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[7.5rem_minmax(0,1fr)] gap-2 py-1.5">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="text-sm text-slate-900">{children}</dd>
    </div>
  );
}

/** The event's type (with its colour) and, unless held, its status. */
export function EventKind({ event }: { event: TimelineEvent }) {
  const { t } = useTranslation();
  return (
    <p className="mb-1 flex flex-wrap items-center gap-2 text-xs font-medium text-slate-700">
      <span
        className={cn(
          'inline-block size-3 rounded-sm bg-[var(--type-color)]',
          typeClass(event.type),
        )}
        aria-hidden="true"
      />
      {t(`types.${event.type}`)}
      {event.status !== 'held' && (
        <span className="rounded bg-amber-100 px-1.5 py-0.5 text-amber-900">
          {t(`event.status.${event.status}`)}
        </span>
      )}
      <ChangeBadge eventId={event.id} />
    </p>
  );
}

/**
 * The event's facts (date, place, parties, track, people), summary, note and sources: the readable
 * part of the panel, also rendered into the static HTML of each event page at build time.
 */
export function EventBody({
  dataset,
  event,
  lang,
}: {
  dataset: Dataset;
  event: TimelineEvent;
  lang: Lang;
}) {
  const { t } = useTranslation();
  const summary = localize(event.summary, lang);
  const note = event.note && localize(event.note, lang);
  const place = event.place && localize(event.place, lang);
  const track = dataset.tracksById.get(event.track);
  const trackName = track && localize(track.name, lang);
  const stageParty =
    event.stageBy === undefined ? undefined : dataset.partiesById.get(event.stageBy);
  const stageBy = stageParty && localize(stageParty.name, lang);
  return (
    <>
      <dl className="divide-y divide-slate-100 border-y border-slate-100">
        <Field label={t('event.date')}>
          <time dateTime={event.date}>{formatDateRange(event.date, event.end, lang)}</time>
        </Field>
        {place && (
          <Field label={t('event.place')}>
            <span lang={place.lang}>{place.text}</span>
          </Field>
        )}
        <Field label={t('event.parties')}>
          <ul className="flex flex-wrap gap-1.5">
            {partiesOf(dataset, event).map((party) => {
              const name = localize(party.name, lang);
              return (
                <li key={party.id}>
                  <Link
                    to="/$lang/events/$eventId"
                    params={{ lang, eventId: event.id }}
                    // Only this party; an embed stays an embed.
                    search={(prev) => ({
                      party: party.id,
                      ...(prev.embed ? { embed: '1' } : {}),
                    })}
                    lang={name.lang}
                    title={t('event.filterByParty', { party: name.text })}
                    className="inline-block rounded-full bg-slate-100 px-2 py-0.5 text-sky-900 underline decoration-sky-900/30 focus-ring hover:bg-sky-100"
                  >
                    {name.text}
                  </Link>
                </li>
              );
            })}
          </ul>
        </Field>
        {trackName && (
          <Field label={t('event.track')}>
            <Link
              to="/$lang/tracks/$trackId"
              params={{ lang, trackId: event.track }}
              title={t('tracks.pageOf', { track: trackName.text })}
              className="rounded text-sky-800 underline decoration-sky-800/30 focus-ring hover:text-sky-950"
            >
              <span lang={trackName.lang}>{trackName.text}</span>
            </Link>
          </Field>
        )}
        {event.stage && (
          <Field label={t('event.stage')}>
            {t(`stages.${event.stage}`)}
            {stageBy && (
              <>
                {' — '}
                <span lang={stageBy.lang}>{stageBy.text}</span>
              </>
            )}
          </Field>
        )}
        {event.people && event.people.length > 0 && (
          <Field label={t('event.people')}>
            <ul className="space-y-1">
              {event.people.map((person, index) => {
                const name = localize(person.name, lang);
                const role = person.role && localize(person.role, lang);
                return (
                  <li key={index}>
                    <span lang={name.lang} className="font-medium">
                      {name.text}
                    </span>
                    {role && (
                      <span lang={role.lang} className="block text-slate-600">
                        {role.text}
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          </Field>
        )}
      </dl>

      <p lang={summary.lang} className="leading-relaxed text-slate-800">
        {summary.text}
      </p>

      {note && (
        <aside
          aria-labelledby="event-note"
          className="rounded-md border-l-4 border-amber-500 bg-amber-50 px-3 py-2 text-sm"
        >
          <h3 id="event-note" className="font-semibold text-amber-950">
            {t('event.note')}
          </h3>
          <p lang={note.lang} className="text-amber-950">
            {note.text}
          </p>
        </aside>
      )}

      <section aria-labelledby="event-sources">
        <h3 id="event-sources" className="mb-2 font-semibold">
          {t('event.sources')}
        </h3>
        <SourceList sources={event.sources} lang={lang} />
      </section>
      <DocumentList dataset={dataset} ids={event.documents} lang={lang} />
    </>
  );
}
