import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../../domain/dataset.ts';
import { FACETS, facetOptions } from '../../../domain/facets.ts';
import { formatDate } from '../../../domain/format-date.ts';
import type { Lang } from '../../../domain/languages.ts';
import type { Filters } from '../../../domain/view-state.ts';
import { useOptionLabel } from './use-option-label.ts';

export interface Chip {
  key: string;
  label: string;
  lang?: string;
  remove: Partial<Filters>;
}

/** Every active filter as a label and the patch that removes it (chips, print header). */
export function useFilterChips(dataset: Dataset, state: Filters, lang: Lang): Chip[] {
  const { t } = useTranslation();
  const optionLabel = useOptionLabel(lang);
  const chips: Chip[] = [];
  for (const facet of FACETS) {
    const chosen = state[facet.param];
    const options = facetOptions(facet, dataset);
    for (const id of chosen) {
      const option = options.find((candidate) => candidate.id === id);
      const label = option ? optionLabel(option.label) : { text: id };
      chips.push({
        key: `${facet.param}-${id}`,
        label: label.text,
        lang: label.lang,
        remove: { [facet.param]: chosen.filter((item) => item !== id) },
      });
    }
    if (facet.matchable && state.match === 'all' && chosen.length > 1)
      chips.push({ key: 'match', label: t('chips.matchAll'), remove: { match: 'any' } });
  }
  if (state.from)
    chips.push({
      key: 'from',
      label: t('chips.from', { date: formatDate(state.from, lang) }),
      remove: { from: undefined },
    });
  if (state.to)
    chips.push({
      key: 'to',
      label: t('chips.to', { date: formatDate(state.to, lang) }),
      remove: { to: undefined },
    });
  if (state.q.trim())
    chips.push({ key: 'q', label: t('chips.search', { q: state.q.trim() }), remove: { q: '' } });
  return chips;
}
