import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../../domain/dataset.ts';
import { formatDate } from '../../../domain/format-date.ts';
import type { Lang } from '../../../domain/languages.ts';
import { localize } from '../../../domain/localize.ts';
import { pagePath } from '../../../domain/page-meta.ts';

/** "Kazakhstan–EU relations. Version 1.1.0, 1 December 2026. https://…/en": how to cite the data. */
function citationLine(dataset: Dataset, lang: Lang, t: ReturnType<typeof useTranslation>['t']) {
  return t('cite.line', {
    title: localize(dataset.title, lang).text,
    version: dataset.version ?? '—',
    date: formatDate(dataset.updated, lang),
    url: new URL(pagePath(lang), import.meta.env.VITE_SITE_ROOT).href,
  });
}

/** The citation line, in the interface language, for the footer and the "What changed" page. */
export function Citation({ dataset, lang }: { dataset: Dataset; lang: Lang }) {
  const { t } = useTranslation();
  if (!dataset.version) return null;
  return (
    <p>
      <span className="font-medium">{t('cite.heading')}:</span>{' '}
      <cite className="not-italic">{citationLine(dataset, lang, t)}</cite>
    </p>
  );
}
