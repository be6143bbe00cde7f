import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../../domain/dataset.ts';
import type { OfficialDocument } from '../../../domain/dataset-schema.ts';
import { formatDate } from '../../../domain/format-date.ts';
import type { Lang } from '../../../domain/languages.ts';
import { languageName } from '../../../lib/language-name.ts';
import { localize } from '../../../domain/localize.ts';
import { safeHttpUrl } from '../../../domain/sources.ts';

/** The document's texts, the reader's language first, then English, then the rest. */
function textsOf(document: OfficialDocument, lang: Lang) {
  const rank = (code: string) => (code === lang ? 0 : code === 'en' ? 1 : 2);
  return [...document.texts]
    .sort((a, b) => rank(a.lang) - rank(b.lang))
    .flatMap((text) => {
      const href = safeHttpUrl(text.url);
      return href ? [{ lang: text.lang, href }] : [];
    });
}

/**
 * The official texts an event or a track concerns (a treaty, a law, a decision): title, date,
 * reference and a link per language the text is published in.
 */
export function DocumentList({
  dataset,
  ids,
  lang,
  headingId = 'event-documents',
  className,
}: {
  dataset: Dataset;
  ids: readonly string[] | undefined;
  lang: Lang;
  headingId?: string;
  className?: string;
}) {
  const { t } = useTranslation();
  const documents = (ids ?? []).flatMap((id) => dataset.documentsById.get(id) ?? []);
  if (documents.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className={className}>
      <h3 id={headingId} className="mb-2 font-semibold">
        {t('documents.heading')}
      </h3>
      <ul className="space-y-2 text-sm">
        {documents.map((document) => {
          const title = localize(document.title, lang);
          return (
            <li key={document.id} className="rounded-md border border-slate-200 px-3 py-2">
              <p className="font-medium text-slate-900" lang={title.lang}>
                {title.text}
              </p>
              <p className="mt-0.5 text-xs text-slate-600">
                <time dateTime={document.date}>{formatDate(document.date, lang)}</time>
                {document.reference && (
                  <>
                    {' · '}
                    <span translate="no">{document.reference}</span>
                  </>
                )}
                {' · '}
                <span translate="no">{document.publisher}</span>
              </p>
              <p className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
                {textsOf(document, lang).map(({ lang: textLang, href }) => (
                  <a
                    key={href}
                    href={href}
                    target="_blank"
                    rel="noopener noreferrer"
                    hrefLang={textLang}
                    className="rounded text-sky-800 underline decoration-sky-800/40 focus-ring hover:text-sky-950"
                  >
                    {t('documents.readIn', {
                      language: languageName(
                        textLang,
                        lang,
                        t(`languageNames.${textLang}` as 'languageNames.en', ''),
                      ),
                    })}
                    <span className="sr-only">{` ${t('event.newTab')}`}</span>
                  </a>
                ))}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
