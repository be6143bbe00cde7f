import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/ui/button.tsx';
import type { Dataset } from '../domain/dataset.ts';
import type { TimelineEvent } from '../domain/dataset-schema.ts';
import { localize } from '../domain/localize.ts';
import type { ReleaseDiff } from '../domain/release-diff.ts';
import { changesQuery, CHANGES_URL } from '../features/releases/changes-query.ts';
import { formatDate } from '../domain/format-date.ts';
import type { Lang } from '../domain/languages.ts';
import { clipId, NotFound } from '../components/ui/not-found.tsx';
import { EventLink } from '../features/event-details/components/event-link.tsx';
import { Citation } from '../features/releases/components/citation.tsx';

function EventSection({
  id,
  heading,
  events,
  lang,
}: {
  id: string;
  heading: string;
  events: readonly { event: TimelineEvent; caption?: string }[];
  lang: Lang;
}) {
  if (events.length === 0) return null;
  return (
    <section aria-labelledby={id} className="flex flex-col gap-2">
      <h3 id={id} className="text-base font-semibold">
        {heading}
      </h3>
      <ol className="space-y-1.5">
        {events.map(({ event, caption }) => (
          <EventLink key={event.id} event={event} lang={lang} caption={caption} />
        ))}
      </ol>
    </section>
  );
}

/** The release's added, changed (with the fields, in words) and removed events. */
function ReleaseLists({
  dataset,
  diff,
  lang,
}: {
  dataset: Dataset;
  diff: ReleaseDiff;
  lang: Lang;
}) {
  const { t } = useTranslation();
  const known = <T extends { id: string }>(items: readonly T[]) =>
    items.flatMap((item) => {
      const event = dataset.eventsById.get(item.id);
      return event ? [{ item, event }] : [];
    });
  const fieldName = (field: string) =>
    t(`release.fields.${field}` as 'release.fields.title', field);
  return (
    <>
      <p className="text-sm text-slate-900">
        {diff.added.length + diff.changed.length + diff.removed.length === 0
          ? t('release.none')
          : [
              diff.added.length > 0 && t('release.added', { count: diff.added.length }),
              diff.changed.length > 0 && t('release.changed', { count: diff.changed.length }),
              diff.removed.length > 0 && t('release.removed', { count: diff.removed.length }),
            ]
              .filter(Boolean)
              .join(' · ')}
      </p>
      <EventSection
        id="release-added"
        heading={t('release.addedHeading')}
        events={known(diff.added.map((id) => ({ id }))).map(({ event }) => ({ event }))}
        lang={lang}
      />
      <EventSection
        id="release-changed"
        heading={t('release.changedHeading')}
        events={known(diff.changed).map(({ item, event }) => ({
          event,
          caption: t('release.fieldsChanged', { fields: item.fields.map(fieldName).join(', ') }),
        }))}
        lang={lang}
      />
      {diff.removed.length > 0 && (
        <section aria-labelledby="release-removed" className="flex flex-col gap-2">
          <h3 id="release-removed" className="text-base font-semibold">
            {t('release.removedHeading')}
          </h3>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {diff.removed.map((gone) => {
              const title = localize(gone.title, lang);
              return (
                <li key={gone.id} lang={title.lang}>
                  {title.text}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </>
  );
}

/**
 * "What changed" in the dataset's release: the events it added and those it corrected or
 * completed (from the events' own `added` and `updated` dates), the full changelog, the citation.
 */
export function ReleasePage({
  dataset,
  lang,
  version,
}: {
  dataset: Dataset;
  lang: Lang;
  version: string;
}) {
  const { t } = useTranslation();
  const current = dataset.version;
  if (version !== current)
    return (
      <NotFound
        title={t('release.notFoundTitle')}
        body={
          current
            ? t('release.notFoundBody', { version: clipId(version, 40), current })
            : t('release.unversioned')
        }
      >
        <Link
          to={current ? '/$lang/releases/$version' : '/$lang'}
          params={{ lang, version: current ?? '' }}
          className="self-start rounded text-sky-800 underline focus-ring"
        >
          {current ? t('release.current', { current }) : t('error.backToTimeline')}
        </Link>
      </NotFound>
    );
  return (
    <article
      aria-labelledby="release-title"
      className="mx-auto flex max-w-4xl flex-col gap-5 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
    >
      <header className="flex flex-col gap-1">
        <h2 id="release-title" className="text-xl font-semibold text-slate-900">
          {t('release.heading')}
        </h2>
        <p className="text-sm text-slate-700">
          {t('release.version', { version: current, date: formatDate(dataset.updated, lang) })}
        </p>
      </header>
      <Changes dataset={dataset} lang={lang} version={current} />
      <footer className="flex flex-col gap-2 border-t border-slate-100 pt-3 text-sm text-slate-700">
        <a
          href={CHANGES_URL.replace(/changes\.json$/, 'CHANGELOG.md')}
          className="self-start rounded text-sky-800 underline focus-ring"
        >
          {t('release.changelog')}
        </a>
        <Citation dataset={dataset} lang={lang} />
      </footer>
    </article>
  );
}

/** The build's list of changes for this version, or why it is not there (with a retry). */
function Changes({ dataset, lang, version }: { dataset: Dataset; lang: Lang; version: string }) {
  const { t } = useTranslation();
  const query = useQuery(changesQuery());
  if (query.isPending)
    return (
      <p role="status" className="text-sm text-slate-600">
        {t('release.loading')}
      </p>
    );
  if (query.isError || query.data.version !== version)
    return (
      <div role="alert" className="flex flex-col items-start gap-2 text-sm">
        <p className="text-slate-800">{t('release.unavailable')}</p>
        <Button variant="secondary" onClick={() => void query.refetch()}>
          {t('error.retry')}
        </Button>
      </div>
    );
  return <ReleaseLists dataset={dataset} diff={query.data} lang={lang} />;
}
