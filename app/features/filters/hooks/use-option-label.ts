import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { OptionLabel } from '../../../domain/facets.ts';
import type { Lang } from '../../../domain/languages.ts';
import { localize } from '../../../domain/localize.ts';

export interface ResolvedLabel {
  text: string;
  /** The language the text is in, when it comes from the dataset. */
  lang?: string;
}

/** A facet option's label in the interface language. */
export function useOptionLabel(lang: Lang): (label: OptionLabel) => ResolvedLabel {
  const { t } = useTranslation();
  return useCallback(
    (label: OptionLabel) => ('key' in label ? { text: t(label.key) } : localize(label.text, lang)),
    [t, lang],
  );
}
