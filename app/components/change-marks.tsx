import { createContext, useContext, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { changeMarks, sinceRelease, type ChangeMark } from '../domain/changes.ts';
import type { Dataset } from '../domain/dataset.ts';
import { releaseSeenBefore } from '../lib/last-visit.ts';

const MarksContext = createContext<ReadonlyMap<string, ChangeMark>>(new Map());

/** Marks events new or updated since the release the reader saw on their last visit. */
export function ChangeMarksProvider({
  dataset,
  children,
}: {
  dataset: Dataset;
  children: ReactNode;
}) {
  const [marks] = useState(() => {
    const current = { date: dataset.updated, version: dataset.version };
    return changeMarks(dataset, sinceRelease(releaseSeenBefore(current), dataset));
  });
  return <MarksContext.Provider value={marks}>{children}</MarksContext.Provider>;
}

/**
 * "New" or "Updated", in words, with "since your last visit" for screen readers and on hover.
 * Most events have no mark: only a marked one asks for the translations (a `useTranslation` per
 * list entry made a language switch's render a quarter slower).
 */
export function ChangeBadge({ eventId }: { eventId: string }) {
  const mark = useContext(MarksContext).get(eventId);
  return mark ? <Badge mark={mark} /> : null;
}

function Badge({ mark }: { mark: ChangeMark }) {
  const { t } = useTranslation();
  const hint = t('changes.sinceLastVisit');
  return (
    <span
      title={hint}
      className="ml-2 inline-block rounded bg-violet-100 px-1.5 py-0.5 text-xs font-medium text-violet-900"
    >
      {t(mark === 'new' ? 'changes.new' : 'changes.updated')}
      <span className="sr-only">{` ${hint}`}</span>
    </span>
  );
}
