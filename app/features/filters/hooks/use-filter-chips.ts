import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../../domain/dataset.ts';
import { formatDate } from '../../../domain/format-date.ts';
import type { Lang } from '../../../domain/languages.ts';
import { localize } from '../../../domain/localize.ts';
import type { Filters, ViewState } from '../../../domain/view-state.ts';

export interface Chip {
  key: string;
  label: string;
  lang?: string;
  remove: Partial<Filters>;
}

/** Every active filter as a label and the patch that removes it (chips, print header). */
export function useFilterChips(dataset: Dataset, state: ViewState, lang: Lang): Chip[] {
  const { t } = useTranslation();
  const without = <T>(list: readonly T[], value: T) => list.filter((item) => item !== value);
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
  return chips;
}
