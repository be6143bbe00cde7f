import { useTranslation } from 'react-i18next';
import type { Dataset } from '../domain/dataset.ts';
import type { Lang } from '../domain/languages.ts';
import type { FacetCounts } from '../domain/select.ts';
import type { Filters } from '../domain/view-state.ts';
import { FilterPanel } from '../features/filters/components/filter-panel.tsx';
import { cn } from '../lib/cn.ts';
import { useMediaQuery } from '../lib/use-media-query.ts';

/**
 * The explorer's filter column: beside the timeline on wide screens; on smaller ones behind the
 * results bar's button (`open`), and rendered only once opened (the filters are a third of the
 * page). Without `panel` (the first page, until its timeline is drawn) only the column itself.
 */
export function FiltersAside({
  dataset,
  state,
  counts,
  lang,
  open,
  onChange,
  panel = true,
}: {
  dataset: Dataset;
  state: Filters;
  counts: FacetCounts;
  lang: Lang;
  open: boolean;
  onChange: (patch: Partial<Filters>) => void;
  panel?: boolean;
}) {
  const { t } = useTranslation();
  const shown = useMediaQuery('(min-width: 1024px)') || open;
  return (
    <aside
      id="filters"
      aria-label={t('filters.heading')}
      className={cn(
        'rounded-lg border border-slate-200 bg-white p-3 lg:sticky lg:top-2 lg:col-start-1 lg:row-span-2 lg:row-start-1 lg:block lg:max-h-[calc(100dvh-1rem)] lg:overflow-y-auto',
        !open && 'hidden',
      )}
    >
      <h2 className="mb-2 text-base font-semibold">{t('filters.heading')}</h2>
      {shown && panel && (
        <FilterPanel
          dataset={dataset}
          state={state}
          counts={counts}
          lang={lang}
          onChange={onChange}
        />
      )}
    </aside>
  );
}
