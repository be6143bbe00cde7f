import { Link } from '@tanstack/react-router';
import type { TimelineEvent } from '../../../domain/dataset-schema.ts';
import { formatDate } from '../../../domain/format-date.ts';
import type { Lang } from '../../../domain/languages.ts';
import { localize } from '../../../domain/localize.ts';

/** A list item linking to another event (keeping the filters), with its date and an optional caption. */
export function EventLink({
  event,
  lang,
  caption,
}: {
  event: TimelineEvent | undefined;
  lang: Lang;
  caption?: string;
}) {
  if (!event) return null;
  const title = localize(event.title, lang);
  return (
    <li>
      {caption && <span className="block text-xs text-slate-600">{caption}</span>}
      <Link
        to="/$lang/events/$eventId"
        params={{ lang, eventId: event.id }}
        search
        className="rounded text-sm text-sky-800 underline focus-ring hover:text-sky-950"
      >
        <span lang={title.lang}>{title.text}</span>
      </Link>{' '}
      <span className="text-sm text-slate-600">({formatDate(event.date, lang)})</span>
    </li>
  );
}
