import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../../domain/dataset.ts';
import type { Story } from '../../../domain/dataset-schema.ts';
import { formatDateRange } from '../../../domain/format-date.ts';
import type { Lang } from '../../../domain/languages.ts';
import { localize } from '../../../domain/localize.ts';
import { storyWalk } from '../../../domain/story-walk.ts';

/**
 * A story as the build writes it into its page, readable without JavaScript: title, summary and
 * every step (caption, date, the event linked). The app then opens story mode on the first step.
 */
export function StaticStory({
  dataset,
  story,
  lang,
}: {
  dataset: Dataset;
  story: Story;
  lang: Lang;
}) {
  const { t } = useTranslation();
  const title = localize(story.title, lang);
  const summary = localize(story.summary, lang);
  return (
    <article className="mx-auto flex max-w-3xl flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <p className="text-xs font-semibold tracking-wide text-sky-900 uppercase">
        {t('stories.label')}
      </p>
      <h2 lang={title.lang} className="text-xl font-semibold text-slate-900">
        {title.text}
      </h2>
      <p lang={summary.lang} className="leading-relaxed text-slate-800">
        {summary.text}
      </p>
      <ol className="flex flex-col gap-3">
        {storyWalk(dataset, story).map(({ step, event, current, total }) => {
          const caption = localize(step.caption, lang);
          const eventTitle = localize(event.title, lang);
          return (
            <li key={step.event} className="border-t border-slate-100 pt-2 text-sm">
              <p className="font-medium text-slate-600">
                {t('stories.position', { current, total })}
                {' · '}
                <time dateTime={event.date}>{formatDateRange(event.date, event.end, lang)}</time>
              </p>
              <Link
                to="/$lang/events/$eventId"
                params={{ lang, eventId: event.id }}
                className="rounded font-semibold text-sky-800 underline focus-ring"
              >
                <span lang={eventTitle.lang}>{eventTitle.text}</span>
              </Link>
              <p lang={caption.lang} className="text-slate-800">
                {caption.text}
              </p>
            </li>
          );
        })}
      </ol>
    </article>
  );
}
