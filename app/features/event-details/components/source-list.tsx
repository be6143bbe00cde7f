import { useTranslation } from 'react-i18next';
import type { Source } from '../../../domain/dataset-schema.ts';
import { formatDate } from '../../../domain/format-date.ts';
import type { Lang } from '../../../domain/languages.ts';
import { safeHttpUrl, sourceDomain } from '../../../domain/sources.ts';
import { OFFICIAL_KINDS } from '../../../domain/vocabulary.ts';
import { languageName } from '../../../lib/language-name.ts';

export function SourceList({ sources, lang }: { sources: readonly Source[]; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <ol className="space-y-2 text-sm">
      {sources.map((source, index) => {
        const href = safeHttpUrl(source.url);
        const label = (
          <>
            {/* A name, the same in every language: not for translation tools. */}
            <span className="font-medium" translate="no">
              {source.publisher}
            </span>
            {source.title && <span lang={source.lang}>{`: ${source.title}`}</span>}
          </>
        );
        return (
          <li key={index} className="rounded-md border border-slate-200 px-3 py-2">
            {href ? (
              <a
                href={href}
                target="_blank"
                rel="noopener noreferrer"
                className="rounded text-sky-800 underline decoration-sky-800/40 focus-ring hover:text-sky-950 hover:decoration-sky-950"
              >
                {label}
                <span className="sr-only">{` ${t('event.newTab')}`}</span>
              </a>
            ) : (
              label
            )}
            <span className="mt-0.5 block text-xs text-slate-600">
              {source.kind && (
                <>
                  <span
                    className={
                      OFFICIAL_KINDS.includes(source.kind)
                        ? 'rounded bg-emerald-50 px-1 font-medium text-emerald-900 ring-1 ring-emerald-700/30'
                        : 'font-medium text-slate-700'
                    }
                  >
                    {t(`sourceKinds.${source.kind}`)}
                  </span>
                  {' · '}
                </>
              )}
              <span translate="no">{sourceDomain(source.url)}</span>
              {' · '}
              {t('event.sourceLanguage', {
                language: languageName(
                  source.lang,
                  lang,
                  t(`languageNames.${source.lang}` as 'languageNames.en', ''),
                ),
              })}
              {source.published && (
                <>
                  {' · '}
                  {t('event.published', { date: formatDate(source.published, lang) })}
                </>
              )}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
