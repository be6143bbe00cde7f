import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/ui/button.tsx';
import type { Dataset } from '../domain/dataset.ts';
import type { TimelineEvent } from '../domain/dataset-schema.ts';
import type { Lang } from '../domain/languages.ts';
import {
  activeFilterCount,
  hasActiveFilters,
  VIEW_MODES,
  type ViewState,
} from '../domain/view-state.ts';
import { ExportMenu } from '../features/export/components/export-menu.tsx';
import { FilterChips } from '../features/filters/components/filter-chips.tsx';
import { cn } from '../lib/cn.ts';

/**
 * The line under the search box: filters toggle (phones), result count, chips, view, print,
 * export. Embedded (`?embed=1`), only the count.
 */
export function ResultsBar({
  dataset,
  state,
  lang,
  events,
  filtersOpen,
  onToggleFilters,
  onChange,
  reading = false,
}: {
  dataset: Dataset;
  state: ViewState;
  lang: Lang;
  /** The current filtered set, in list order. */
  events: readonly TimelineEvent[];
  filtersOpen: boolean;
  onToggleFilters: () => void;
  onChange: (patch: Partial<ViewState>) => void;
  /** A large dataset's first events are shown while the rest is read: say so, hold print and export. */
  reading?: boolean;
}) {
  const { t } = useTranslation();
  // On phones the view, print and export controls fold into "More".
  const [more, setMore] = useState(false);
  const moreId = useId();
  const active = activeFilterCount(state);
  const shown = events.length;
  const count = (
    <p role="status" className="text-sm font-medium text-slate-800">
      {reading
        ? t('results.reading', { count: dataset.events.length })
        : hasActiveFilters(state)
          ? t('results.count', { count: shown, total: dataset.events.length })
          : t('results.all', { count: dataset.events.length })}
    </p>
  );
  if (state.embed) return count;
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
      <Button
        className="lg:hidden"
        aria-expanded={filtersOpen}
        aria-controls="filters"
        onClick={onToggleFilters}
      >
        {filtersOpen ? t('filters.hide') : t('filters.show')}
        {active > 0 && (
          <span className="rounded-full bg-sky-800 px-1.5 text-xs text-white tabular-nums">
            {active}
          </span>
        )}
      </Button>
      {count}
      <FilterChips dataset={dataset} state={state} lang={lang} onChange={onChange} />
      <Button
        className="ml-auto md:hidden"
        aria-expanded={more}
        aria-controls={moreId}
        onClick={() => setMore((open) => !open)}
      >
        {t('timeline.more')}
        <span aria-hidden="true">{more ? '▴' : '▾'}</span>
      </Button>
      <div
        id={moreId}
        className={cn(
          'flex flex-wrap items-center gap-2 md:ml-auto',
          !more && 'max-md:hidden',
          more && 'max-md:basis-full',
        )}
      >
        <div
          role="radiogroup"
          aria-label={t('view.label')}
          className="flex rounded-md border border-slate-300 bg-white p-0.5"
        >
          {VIEW_MODES.map((mode) => (
            <label
              key={mode}
              className={cn(
                'cursor-pointer rounded px-2.5 py-1 text-sm has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-sky-700',
                state.view === mode ? 'bg-sky-800 text-white' : 'text-slate-800 hover:bg-slate-100',
              )}
            >
              <input
                type="radio"
                name="view"
                value={mode}
                checked={state.view === mode}
                onChange={() => onChange({ view: mode })}
                className="sr-only"
              />
              {t(`view.${mode}`)}
            </label>
          ))}
        </div>
        <Button disabled={reading} onClick={() => window.print()}>
          {t('print.button')}
        </Button>
        <ExportMenu dataset={dataset} events={events} lang={lang} disabled={reading} />
      </div>
    </div>
  );
}
