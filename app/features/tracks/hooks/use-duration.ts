import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** `5 years 9 months`, `11 months`, `less than a month`, with each language's plurals. */
export function useDuration(): (span: { years: number; months: number }) => string {
  const { t } = useTranslation();
  return useCallback(
    ({ years, months }) => {
      const y = years > 0 ? t('duration.years', { count: years }) : '';
      const m = months > 0 ? t('duration.months', { count: months }) : '';
      if (y && m) return t('duration.and', { years: y, months: m });
      return y || m || t('duration.lessThanMonth');
    },
    [t],
  );
}
