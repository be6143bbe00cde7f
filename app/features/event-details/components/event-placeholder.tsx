import { useTranslation } from 'react-i18next';

export function EventPlaceholder() {
  const { t } = useTranslation();
  return <p className="p-6 text-slate-600">{t('event.placeholder')}</p>;
}
