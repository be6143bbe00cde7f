import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../../domain/dataset.ts';
import type { Lang } from '../../../domain/languages.ts';
import { NO_FILTERS, type Filters, type ViewState } from '../../../domain/view-state.ts';
import { useFilterChips } from '../hooks/use-filter-chips.ts';

/** Every active filter as a removable chip, and "Clear all". */
export function FilterChips({
  dataset,
  state,
  lang,
  onChange,
}: {
  dataset: Dataset;
  state: ViewState;
  lang: Lang;
  onChange: (patch: Partial<Filters>) => void;
}) {
  const { t } = useTranslation();
  const chips = useFilterChips(dataset, state, lang);
  if (chips.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-1.5">
      <ul aria-label={t('chips.label')} className="flex flex-wrap gap-1.5">
        {chips.map((chip) => (
          <li key={chip.key}>
            <button
              type="button"
              onClick={() => onChange(chip.remove)}
              aria-label={t('chips.remove', { label: chip.label })}
              className="inline-flex max-w-72 items-center gap-1 rounded-full border border-sky-200 bg-sky-50 py-0.5 pr-1.5 pl-2.5 text-sm text-sky-950 focus-ring hover:bg-sky-100"
            >
              <span lang={chip.lang} className="truncate">
                {chip.label}
              </span>
              <span aria-hidden="true" className="text-base leading-none">
                ×
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={() => onChange(NO_FILTERS)}
        className="rounded px-1.5 py-0.5 text-sm font-medium text-sky-800 underline focus-ring hover:text-sky-950"
      >
        {t('chips.clearAll')}
      </button>
    </div>
  );
}
