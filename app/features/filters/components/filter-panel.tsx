import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../../domain/dataset.ts';
import type { Party } from '../../../domain/dataset-schema.ts';
import { EVENT_STATUSES, EVENT_TYPES } from '../../../domain/vocabulary.ts';
import type { Lang } from '../../../domain/languages.ts';
import { localize } from '../../../domain/localize.ts';
import { yearExtent, type FacetCounts } from '../../../domain/select.ts';
import type { Filters, ViewState } from '../../../domain/view-state.ts';
import { DateRange } from './date-range.tsx';
import { OptionFilter, type Option } from './option-filter.tsx';
import { YearHistogram } from './year-histogram.tsx';

interface FilterPanelProps {
  dataset: Dataset;
  state: ViewState;
  counts: FacetCounts;
  lang: Lang;
  onChange: (patch: Partial<Filters>) => void;
}

const toggle = <T extends string>(list: readonly T[], value: T, on: boolean): T[] =>
  on ? [...list.filter((item) => item !== value), value] : list.filter((item) => item !== value);

/** Parties as a tree: each state or organization, then its institutions, indented. */
function partyOptions(dataset: Dataset, counts: FacetCounts, lang: Lang): Option<string>[] {
  const children = new Map<string, Party[]>();
  for (const party of dataset.parties) {
    if (party.parent !== undefined)
      children.set(party.parent, [...(children.get(party.parent) ?? []), party]);
  }
  const options: Option<string>[] = [];
  const visit = (party: Party, depth: number) => {
    const name = localize(party.name, lang);
    options.push({
      value: party.id,
      label: name.text,
      lang: name.lang,
      count: counts.party.get(party.id) ?? 0,
      depth,
    });
    for (const child of children.get(party.id) ?? []) visit(child, depth + 1);
  };
  for (const party of dataset.parties) {
    if (party.parent === undefined || !dataset.partiesById.has(party.parent)) visit(party, 0);
  }
  return options;
}

export function FilterPanel({ dataset, state, counts, lang, onChange }: FilterPanelProps) {
  const { t } = useTranslation();
  const [first, last] = yearExtent(dataset);
  const year = (value: string | undefined) =>
    value === undefined ? undefined : Number(value.slice(0, 4));
  return (
    <div className="flex flex-col gap-4">
      <OptionFilter
        legend={t('filters.party.legend')}
        name="party"
        options={partyOptions(dataset, counts, lang)}
        selected={state.party}
        onToggle={(value, on) => onChange({ party: toggle(state.party, value, on) })}
      >
        <div
          role="radiogroup"
          aria-label={t('filters.party.match')}
          className="mt-1 flex flex-col gap-0.5 text-sm"
        >
          <span className="text-xs text-slate-600" aria-hidden="true">
            {t('filters.party.match')}
          </span>
          {(['any', 'all'] as const).map((mode) => (
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
      </OptionFilter>
      <OptionFilter
        legend={t('filters.type.legend')}
        name="type"
        options={EVENT_TYPES.map((type) => ({
          value: type,
          label: t(`types.${type}`),
          count: counts.type.get(type) ?? 0,
        })).filter((option) => option.count > 0 || state.type.includes(option.value))}
        selected={state.type}
        onToggle={(value, on) => onChange({ type: toggle(state.type, value, on) })}
      />
      <OptionFilter
        legend={t('filters.track.legend')}
        name="track"
        options={dataset.tracks.map((track) => {
          const name = localize(track.name, lang);
          return {
            value: track.id,
            label: name.text,
            lang: name.lang,
            count: counts.track.get(track.id) ?? 0,
          };
        })}
        selected={state.track}
        onToggle={(value, on) => onChange({ track: toggle(state.track, value, on) })}
      />
      <OptionFilter
        legend={t('filters.status.legend')}
        name="status"
        options={EVENT_STATUSES.map((status) => ({
          value: status,
          label: t(`event.status.${status}`),
          count: counts.status.get(status) ?? 0,
        }))}
        selected={state.status}
        onToggle={(value, on) => onChange({ status: toggle(state.status, value, on) })}
      />
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
