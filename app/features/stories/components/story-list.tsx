import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../../domain/dataset.ts';
import type { Lang } from '../../../domain/languages.ts';
import { localize } from '../../../domain/localize.ts';

/** The dataset's guided stories on the home view: title, steps and summary, each opening story mode. */
export function StoryList({ dataset, lang }: { dataset: Dataset; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <section
      aria-labelledby="stories-heading"
      className="max-w-4xl rounded-lg border border-slate-200 bg-white p-3"
    >
      <h2 id="stories-heading" className="mb-2 text-base font-semibold text-slate-900">
        {t('stories.heading')}
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {dataset.stories.map((story) => {
          const title = localize(story.title, lang);
          const summary = localize(story.summary, lang);
          return (
            <li key={story.id} className="flex flex-col gap-1 text-sm">
              <Link
                to="/$lang/stories/$storyId"
                params={{ lang, storyId: story.id }}
                className="rounded font-semibold text-sky-800 underline focus-ring hover:text-sky-950"
              >
                <span lang={title.lang}>{title.text}</span>
              </Link>
              <span className="text-xs text-slate-600">
                {t('stories.stepCount', { count: story.steps.length })}
              </span>
              <p lang={summary.lang} className="line-clamp-4 text-slate-700">
                {summary.text}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
