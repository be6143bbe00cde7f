import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearch } from '@tanstack/react-router';
import { memo, useDeferredValue, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { datasetQueries } from '../domain/dataset-query.ts';
import type { Dataset, DatasetProblem } from '../domain/dataset.ts';
import type { Lang } from '../domain/languages.ts';
import { clipId, NotFound } from '../components/ui/not-found.tsx';
import { localize } from '../domain/localize.ts';
import { pageTitle, type PageRef } from '../domain/page-meta.ts';
import { writePreference } from '../lib/storage.ts';
import { DatasetError } from '../features/dataset-status/components/dataset-error.tsx';
import { LoadingSkeleton } from '../features/dataset-status/components/loading-skeleton.tsx';
import { Explorer } from './explorer.tsx';
import { LANG_PREFERENCE_KEY } from './preferred-lang.ts';
import { PageShell } from './page-shell.tsx';
import { pageChunks } from './page-chunks.ts';
import { ChangeMarksProvider } from '../components/change-marks.tsx';

/**
 * `/:lang`, `/:lang/events/:id` and `/:lang/tracks/:id`: loads the dataset, then the explorer
 * (with the event open) or the track's page; all state from the URL.
 */
export function TimelinePage({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const { eventId, trackId, storyId, step, version } = useParams({ strict: false });
  // A story's step from the address: 1 when absent; NaN (said so below) when it is not a number.
  const stepNumber = step === undefined ? 1 : /^\d{1,4}$/.test(step) ? Number(step) : Number.NaN;
  const page: PageRef | undefined = useMemo(
    () =>
      version !== undefined
        ? { kind: 'release', id: version }
        : storyId !== undefined
          ? { kind: 'story', id: storyId, step: stepNumber }
          : trackId !== undefined
            ? { kind: 'track', id: trackId }
            : eventId !== undefined
              ? { kind: 'event', id: eventId }
              : undefined,
    [version, storyId, stepNumber, trackId, eventId],
  );
  const embed = useSearch({ strict: false, select: (search) => search.embed === true });
  const query = useQuery(datasetQueries.byUrl());
  // The query's updates render at once (TanStack Query's store), and a large file's whole
  // replacing its first events is a render of every event: at 10,000 one task of ~160 ms. The
  // page keeps what it shows until React has rendered the whole in the background, yielding to
  // the browser (and to the reader's clicks) every few milliseconds; the first data is shown at
  // once.
  const shown = useDeferredValue(query.data);
  const data = shown ?? query.data;
  const dataset = data?.dataset;
  // A large file's first events, shown on the home page while the rest is read; a page that
  // names an event, a track or a story waits for the whole, which may be the one to have it.
  const reading = data?.partial === true;
  const event = eventId === undefined ? undefined : dataset?.eventsById.get(eventId);
  const track = trackId === undefined ? undefined : dataset?.tracksById.get(trackId);
  const story = storyId === undefined ? undefined : dataset?.storiesById.get(storyId);

  useEffect(() => {
    writePreference(LANG_PREFERENCE_KEY, lang);
  }, [lang]);

  useEffect(() => {
    // The same title as the page built for this address (app/routes/page-head.tsx).
    document.title = pageTitle([
      event && localize(event.title, lang).text,
      track && localize(track.name, lang).text,
      story && localize(story.title, lang).text,
      dataset && localize(dataset.title, lang).text,
      t('app.name'),
    ]);
  }, [event, track, story, dataset, lang, t]);

  return (
    <PageShell
      lang={lang}
      page={page}
      dataset={dataset}
      embed={embed}
      intro={!query.isSuccess}
      // The explorer (home, an event, a story) shows the list once the dataset is in.
      skipToList={
        query.isSuccess &&
        (page === undefined ||
          page.kind === 'event' ||
          (page.kind === 'story' && story?.steps[stepNumber - 1] !== undefined))
      }
    >
      {query.isError ? (
        <DatasetError
          error={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : data === undefined || (reading && page !== undefined) ? (
        <LoadingSkeleton />
      ) : (
        <ChangeMarksProvider dataset={data.dataset}>
          <PageContent
            dataset={data.dataset}
            problems={data.problems}
            lang={lang}
            page={page}
            reading={reading}
          />
        </ChangeMarksProvider>
      )}
    </PageShell>
  );
}

/** The page the address names, from the loaded dataset. */
const PageContent = memo(function PageContent({
  dataset,
  problems,
  lang,
  page,
  reading,
}: {
  dataset: Dataset;
  problems: readonly DatasetProblem[];
  lang: Lang;
  page: PageRef | undefined;
  reading: boolean;
}) {
  return page?.kind === 'story' ? (
    <StoryContent
      dataset={dataset}
      problems={problems}
      lang={lang}
      storyId={page.id}
      step={page.step ?? 1}
    />
  ) : page?.kind === 'track' ? (
    <TrackContent dataset={dataset} lang={lang} trackId={page.id} />
  ) : page?.kind === 'release' ? (
    <ReleaseContent dataset={dataset} lang={lang} version={page.id} />
  ) : (
    <Explorer
      dataset={dataset}
      problems={problems}
      lang={lang}
      eventId={page?.kind === 'event' ? page.id : undefined}
      reading={reading}
    />
  );
});

/** The track page from its chunk (the route waited for it), or why it is missing. */
function TrackContent({
  dataset,
  lang,
  trackId,
}: {
  dataset: Dataset;
  lang: Lang;
  trackId: string;
}) {
  const module = pageChunks.track.get();
  if (module) return <module.TrackPage dataset={dataset} lang={lang} trackId={trackId} />;
  return <ChunkMissing />;
}

/** The "What changed" page from its chunk (the route waited for it), or why it is missing. */
function ReleaseContent({
  dataset,
  lang,
  version,
}: {
  dataset: Dataset;
  lang: Lang;
  version: string;
}) {
  const module = pageChunks.release.get();
  if (module) return <module.ReleasePage dataset={dataset} lang={lang} version={version} />;
  return <ChunkMissing />;
}

function ChunkMissing() {
  const { t } = useTranslation();
  return <NotFound title={t('error.crashTitle')} body={t('error.crashBody')} />;
}

/** Story mode: the explorer on the step's event, with the story's bar above it. */
function StoryContent({
  dataset,
  problems,
  lang,
  storyId,
  step,
}: {
  dataset: Dataset;
  problems: readonly DatasetProblem[];
  lang: Lang;
  storyId: string;
  step: number;
}) {
  const { t } = useTranslation();
  const story = dataset.storiesById.get(storyId);
  const event = story?.steps[step - 1]?.event;
  if (!story || event === undefined)
    return (
      <NotFound
        title={t('stories.notFoundTitle')}
        body={
          story
            ? t('stories.stepNotFound', { step: Number.isNaN(step) ? '?' : step })
            : t('stories.notFoundBody', { id: clipId(storyId) })
        }
      >
        {story ? (
          <Link
            to="/$lang/stories/$storyId"
            params={{ lang, storyId: story.id }}
            className="self-start rounded text-sky-800 underline focus-ring"
          >
            {t('stories.start')}
          </Link>
        ) : (
          <Link
            to="/$lang"
            params={{ lang }}
            className="self-start rounded text-sky-800 underline focus-ring"
          >
            {t('error.backToTimeline')}
          </Link>
        )}
      </NotFound>
    );
  return (
    <Explorer
      dataset={dataset}
      problems={problems}
      lang={lang}
      eventId={event}
      story={{ story, index: step - 1 }}
    />
  );
}
