import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../../domain/dataset.ts';
import { FACETS, facetOptions } from '../../../domain/facets.ts';
import type { Lang } from '../../../domain/languages.ts';
import { yearExtent, type FacetCounts } from '../../../domain/select.ts';
import { MATCH_MODES, type Filters } from '../../../domain/view-state.ts';
import { useOptionLabel } from '../hooks/use-option-label.ts';
import { DateRange } from './date-range.tsx';
import { OptionFilter } from './option-filter.tsx';
import { YearHistogram } from './year-histogram.tsx';

interface FilterPanelProps {
  dataset: Dataset;
  state: Filters;
  counts: FacetCounts;
  lang: Lang;
  onChange: (patch: Partial<Filters>) => void;
}

const toggle = (list: readonly string[], value: string, on: boolean): string[] =>
  on ? [...list.filter((item) => item !== value), value] : list.filter((item) => item !== value);

/** "Show events with any / all of the chosen …", under a facet whose choices can combine. */
function MatchChoice({ state, onChange }: Pick<FilterPanelProps, 'state' | 'onChange'>) {
  const { t } = useTranslation();
  return (
    <div
      role="radiogroup"
      aria-label={t('filters.party.match')}
      className="mt-1 flex flex-col gap-0.5 text-sm"
    >
      <span className="text-xs text-slate-600" aria-hidden="true">
        {t('filters.party.match')}
      </span>
      {MATCH_MODES.map((mode) => (
        <label key={mode} className="flex cursor-pointer items-center gap-2 px-1 py-0.5">
          <input
            type="radio"
            name="party-match"
            value={mode}
            checked={state.match === mode}
            onChange={() => onChange({ match: mode })}
            className="size-4 accent-sky-800 focus-ring"
          />
          {t(`filters.party.${mode}`)}
        </label>
      ))}
    </div>
  );
}

/** One section per facet of the registry, then the dates. */
function FacetSection({
  facet,
  dataset,
  state,
  counts,
  lang,
  onChange,
}: FilterPanelProps & { facet: (typeof FACETS)[number] }) {
  const { t } = useTranslation();
  const optionLabel = useOptionLabel(lang);
  const chosen = state[facet.param];
  const tally = counts[facet.param];
  const options = facetOptions(facet, dataset)
    .map((option) => {
      const label = optionLabel(option.label);
      const page = facet.page?.(option.id);
      return {
        value: option.id,
        label: label.text,
        lang: label.lang,
        depth: option.depth,
        count: tally.get(option.id) ?? 0,
        extra: page && (
          <Link
            to="/$lang/tracks/$trackId"
            params={{ lang, trackId: page.id }}
            aria-label={t('tracks.pageOf', { track: label.text })}
            title={t('tracks.pageOf', { track: label.text })}
            className="shrink-0 rounded px-1 text-sky-800 focus-ring hover:bg-slate-100"
          >
            <span aria-hidden="true">{'↗'}</span>
          </Link>
        ),
      };
    })
    .filter((option) => !facet.hideEmpty || option.count > 0 || chosen.includes(option.value));
  if (options.length === 0) return null;
  return (
    <OptionFilter
      legend={t(facet.legend)}
      name={facet.param}
      options={options}
      selected={chosen}
      onToggle={(value, on) => onChange({ [facet.param]: toggle(chosen, value, on) })}
    >
      {facet.matchable && <MatchChoice state={state} onChange={onChange} />}
    </OptionFilter>
  );
}

export function FilterPanel(props: FilterPanelProps) {
  const { dataset, state, counts, lang, onChange } = props;
  const { t } = useTranslation();
  const [first, last] = yearExtent(dataset);
  const year = (value: string | undefined) =>
    value === undefined ? undefined : Number(value.slice(0, 4));
  return (
    <div className="flex flex-col gap-4">
      {FACETS.map((facet) => (
        <FacetSection key={facet.param} facet={facet} {...props} />
      ))}
      <fieldset className="border-t border-slate-200 pt-3">
        <legend className="mb-1.5 text-sm font-semibold text-slate-900">
          {t('filters.dates.legend')}
        </legend>
        <YearHistogram
          first={first}
          last={last}
          counts={counts.years}
          from={year(state.from)}
          to={year(state.to)}
          lang={lang}
          onRange={(from, to) => onChange({ from: String(from), to: String(to) })}
        />
        <div className="mt-2">
          <DateRange from={state.from} to={state.to} onChange={onChange} />
        </div>
      </fieldset>
    </div>
  );
}
