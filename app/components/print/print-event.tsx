import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText, TimelineEvent } from '../../domain/dataset-schema.ts';
import { formatDateRange } from '../../domain/format-date.ts';
import type { Lang } from '../../domain/languages.ts';
import { localize } from '../../domain/localize.ts';
import { safeHttpUrl } from '../../domain/sources.ts';

/**
 * One event on paper (the printed chronology and a printed story): its date (after `lead`, and
 * with its place where `withPlace`), a caption, the title, the summary and the sources' addresses.
 */
export function PrintEvent({
  event,
  lang,
  lead,
  withPlace = false,
  caption,
}: {
  event: TimelineEvent;
  lang: Lang;
  /** Before the date, e.g. a story step's position. */
  lead?: ReactNode;
  withPlace?: boolean;
  caption?: LocalizedText;
}) {
  const { t } = useTranslation();
  const title = localize(event.title, lang);
  const summary = localize(event.summary, lang);
  const place = withPlace && event.place ? localize(event.place, lang) : undefined;
  const captionText = caption && localize(caption, lang);
  return (
    <li className="break-inside-avoid border-t border-slate-300 pt-2">
      <p className="font-semibold">
        {lead !== undefined && (
          <>
            {lead}
            {' · '}
          </>
        )}
        {formatDateRange(event.date, event.end, lang)}
        {place && (
          <>
            {' · '}
            <span lang={place.lang}>{place.text}</span>
          </>
        )}
      </p>
      {captionText && (
        <p lang={captionText.lang} className="italic">
          {captionText.text}
        </p>
      )}
      <p lang={title.lang} className="font-bold">
        {title.text}
      </p>
      <p lang={summary.lang}>{summary.text}</p>
      <p className="mt-1 text-[9pt]">
        {t('print.sources')}
        {': '}
        {event.sources.map((source) => safeHttpUrl(source.url) ?? source.publisher).join(' ; ')}
      </p>
    </li>
  );
}
