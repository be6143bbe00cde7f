import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import type { Dataset } from '../../../domain/dataset.ts';
import type { TimelineEvent } from '../../../domain/dataset-schema.ts';
import { formatDate, formatDateRange } from '../../../domain/format-date.ts';
import type { Lang } from '../../../domain/languages.ts';
import { localize } from '../../../domain/localize.ts';
import { pagePath } from '../../../domain/page-meta.ts';
import { copyText } from '../../../lib/clipboard.ts';

/** The event's canonical address: language and event, and the filters when asked for. */
function eventUrl(lang: Lang, id: string, search: string): string {
  // Rendered without a browser (tests), the address is relative to the site.
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  return `${origin}${import.meta.env.BASE_URL}${pagePath(lang, id)}${search}`;
}

/** The system share sheet, where the browser has one (phones, Windows, macOS; not desktop Linux). */
const canShare = () => typeof navigator !== 'undefined' && typeof navigator.share === 'function';

/**
 * Copy link and Share (a clean link or one with the filters), and Cite, confirmed through a
 * polite live region.
 */
export function EventActions({
  dataset,
  event,
  lang,
  search,
}: {
  dataset: Dataset;
  event: TimelineEvent;
  lang: Lang;
  /** The current query string, for "include the current filters". */
  search: string;
}) {
  const { t } = useTranslation();
  const [withFilters, setWithFilters] = useState(false);
  const [shareable] = useState(canShare);
  const radioName = useId();
  const [message, setMessage] = useState<{ text: string; fallback?: string }>();
  const url = eventUrl(lang, event.id, withFilters ? search : '');

  const copy = async (text: string, done: string) => {
    const ok = await copyText(text);
    setMessage(ok ? { text: done } : { text: t('share.copyFailed'), fallback: text });
  };
  const share = async () => {
    setMessage(undefined);
    try {
      await navigator.share({ title: localize(event.title, lang).text, url });
    } catch (error) {
      // Closing the sheet is not a failure; anything else gets the copy fallback.
      if (error instanceof DOMException && error.name === 'AbortError') return;
      setMessage({ text: t('share.copyFailed'), fallback: url });
    }
  };
  const citation = () =>
    t('share.citation', {
      title: localize(event.title, lang).text,
      date: formatDateRange(event.date, event.end, lang),
      site: t('app.name'),
      dataset: localize(dataset.title, lang).text,
      url: eventUrl(lang, event.id, ''),
      accessed: formatDate(new Date().toISOString().slice(0, 10), lang),
    });

  return (
    <div className="flex flex-col gap-2 print:hidden">
      {search !== '' && (
        <fieldset className="text-sm text-slate-700">
          <legend className="mb-1 text-slate-600">{t('share.linkKind')}</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            {[false, true].map((filtered) => (
              <label key={String(filtered)} className="flex items-center gap-1.5">
                <input
                  type="radio"
                  name={radioName}
                  checked={withFilters === filtered}
                  onChange={() => setWithFilters(filtered)}
                  className="size-4 accent-sky-800 focus-ring"
                />
                {filtered ? t('share.withFilters') : t('share.clean')}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <Button onClick={() => void copy(url, t('share.linkCopied'))}>{t('share.copyLink')}</Button>
        {shareable && <Button onClick={() => void share()}>{t('share.share')}</Button>}
        <Button onClick={() => void copy(citation(), t('share.citationCopied'))}>
          {t('share.cite')}
        </Button>
      </div>
      <p role="status" className="min-h-5 text-sm text-emerald-800">
        {message?.text}
      </p>
      {message?.fallback && (
        <textarea
          readOnly
          value={message.fallback}
          className="w-full rounded border border-slate-300 p-2 text-xs"
          rows={3}
        />
      )}
    </div>
  );
}
