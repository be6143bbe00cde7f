import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../../domain/dataset.ts';
import { formatDate } from '../../../domain/format-date.ts';
import type { Lang } from '../../../domain/languages.ts';
import { localize } from '../../../domain/localize.ts';
import { NO_FILTERS, type Filters, type ViewState } from '../../../domain/view-state.ts';

interface Chip {
  key: string;
  label: string;
  lang?: string;
  remove: Partial<Filters>;
}

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
  const without = <T,>(list: readonly T[], value: T) => list.filter((item) => item !== value);
  const chips: Chip[] = [
    ...state.party.map((id) => {
      const party = dataset.partiesById.get(id);
      const name = party ? localize(party.name, lang) : { text: id, lang };
      return {
        key: `party-${id}`,
        label: name.text,
        lang: name.lang,
        remove: { party: without(state.party, id) },
      };
    }),
    ...(state.match === 'all' && state.party.length > 1
      ? [{ key: 'match', label: t('chips.matchAll'), remove: { match: 'any' as const } }]
      : []),
    ...state.type.map((type) => ({
      key: `type-${type}`,
      label: t(`types.${type}`),
      remove: { type: without(state.type, type) },
    })),
    ...state.track.map((id) => {
      const track = dataset.tracksById.get(id);
      const name = track ? localize(track.name, lang) : { text: id, lang };
      return {
        key: `track-${id}`,
        label: name.text,
        lang: name.lang,
        remove: { track: without(state.track, id) },
      };
    }),
    ...state.status.map((status) => ({
      key: `status-${status}`,
      label: t(`event.status.${status}`),
      remove: { status: without(state.status, status) },
    })),
    ...(state.from
      ? [
          {
            key: 'from',
            label: t('chips.from', { date: formatDate(state.from, lang) }),
            remove: { from: undefined },
          },
        ]
      : []),
    ...(state.to
      ? [
          {
            key: 'to',
            label: t('chips.to', { date: formatDate(state.to, lang) }),
            remove: { to: undefined },
          },
        ]
      : []),
    ...(state.q.trim()
      ? [{ key: 'q', label: t('chips.search', { q: state.q.trim() }), remove: { q: '' } }]
      : []),
  ];
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
