import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../../domain/dataset.ts';
import type { Story } from '../../../domain/dataset-schema.ts';
import { formatDate } from '../../../domain/format-date.ts';
import type { Lang } from '../../../domain/languages.ts';
import { localize } from '../../../domain/localize.ts';
import { PrintEvent } from '../../../components/print/print-event.tsx';
import { storyWalk } from '../../../domain/story-walk.ts';
import { usePrinting } from '../../../lib/use-printing.ts';

/**
 * A story printed as a briefing: its title and summary, then each step's caption, the event's
 * date, title and summary, and its sources. Renders only while printing.
 */
export function PrintStory({
  dataset,
  story,
  lang,
}: {
  dataset: Dataset;
  story: Story;
  lang: Lang;
}) {
  const { t } = useTranslation();
  const printing = usePrinting();
  if (!printing) return null;
  const title = localize(story.title, lang);
  const summary = localize(story.summary, lang);
  return (
    <section className="hidden text-[11pt] leading-snug text-black print:block" aria-hidden="true">
      <p className="text-[9pt] uppercase">{t('stories.printTitle')}</p>
      <h2 lang={title.lang} className="text-[16pt] font-bold">
        {title.text}
      </h2>
      <p lang={summary.lang} className="mt-1">
        {summary.text}
      </p>
      <p className="mb-4 text-[9pt]">
        {t('print.exported', {
          date: formatDate(new Date().toISOString().slice(0, 10), lang),
          url: window.location.href,
        })}
      </p>
      <ol className="space-y-3">
        {storyWalk(dataset, story).map(({ step, event, current, total }) => (
          <PrintEvent
            key={step.event}
            event={event}
            lang={lang}
            lead={t('stories.position', { current, total })}
            caption={step.caption}
          />
        ))}
      </ol>
    </section>
  );
}
