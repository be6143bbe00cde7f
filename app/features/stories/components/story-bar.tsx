import { Link, useNavigate } from '@tanstack/react-router';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Story } from '../../../domain/dataset-schema.ts';
import type { Lang } from '../../../domain/languages.ts';
import { localize } from '../../../domain/localize.ts';
import { useStoryKeys } from '../hooks/use-story-keys.ts';

const stepLink = 'rounded-md border px-3 py-1.5 text-sm font-medium focus-ring';

/** A step's address: the story's own for the first, `/…/stories/:id/:n` for the others. */
function stepTarget(lang: Lang, storyId: string, index: number) {
  return index === 0
    ? ({ to: '/$lang/stories/$storyId', params: { lang, storyId } } as const)
    : ({
        to: '/$lang/stories/$storyId/$step',
        params: { lang, storyId, step: String(index + 1) },
      } as const);
}

/**
 * Story mode's header above the open event: the story, the position (announced as it changes),
 * the editor's caption for this step, and Previous / Next (also ← / →). Each step has its own
 * address, so Back walks the steps.
 */
export function StoryBar({ story, index, lang }: { story: Story; index: number; lang: Lang }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const title = localize(story.title, lang);
  const step = story.steps[index];
  const caption = step && localize(step.caption, lang);
  const total = story.steps.length;
  const go = useCallback(
    (to: number) => void navigate({ ...stepTarget(lang, story.id, to), search: true }),
    [navigate, lang, story.id],
  );
  useStoryKeys(
    index > 0 ? () => go(index - 1) : undefined,
    index < total - 1 ? () => go(index + 1) : undefined,
  );
  return (
    <section
      aria-labelledby="story-title"
      className="flex flex-col gap-2 border-b border-sky-100 bg-sky-50 p-4 print:hidden"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <p className="text-xs font-semibold tracking-wide text-sky-900 uppercase">
          {t('stories.label')}
        </p>
        <p role="status" className="text-sm font-medium text-slate-800 tabular-nums">
          {t('stories.position', { current: index + 1, total })}
        </p>
      </div>
      <h2 id="story-title" lang={title.lang} className="text-base font-semibold text-slate-900">
        {title.text}
      </h2>
      {caption && (
        <p lang={caption.lang} className="leading-relaxed text-slate-800">
          {caption.text}
        </p>
      )}
      <nav aria-label={t('stories.steps')} className="flex flex-wrap items-center gap-2">
        {index > 0 ? (
          <Link
            {...stepTarget(lang, story.id, index - 1)}
            search
            rel="prev"
            className={`${stepLink} border-slate-300 bg-white text-slate-900 hover:bg-slate-50`}
          >
            <span aria-hidden="true">{'← '}</span>
            {t('stories.previous')}
          </Link>
        ) : null}
        {index < total - 1 ? (
          <Link
            {...stepTarget(lang, story.id, index + 1)}
            search
            rel="next"
            className={`${stepLink} border-sky-800 bg-sky-800 text-white hover:bg-sky-900`}
          >
            {t('stories.next')}
            <span aria-hidden="true">{' →'}</span>
          </Link>
        ) : null}
        <span className="text-xs text-slate-600 max-md:hidden">{t('stories.keys')}</span>
      </nav>
    </section>
  );
}
