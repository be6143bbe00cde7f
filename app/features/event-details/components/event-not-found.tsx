import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../domain/languages.ts';

/** An unknown id in a link: say so in the current language, keep the filters, offer the way back. */
export function EventNotFound({ id, lang }: { id: string; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="flex flex-col gap-3 p-6">
      <h2 className="text-lg font-semibold">{t('event.notFoundTitle')}</h2>
      <p className="break-words text-slate-700">
        {t('event.notFoundBody', { id: id.length > 80 ? `${id.slice(0, 80)}…` : id })}
      </p>
      <Link
        to="/$lang"
        params={{ lang }}
        search
        className="self-start rounded text-sky-800 underline focus-ring"
      >
        {t('error.backToTimeline')}
      </Link>
    </div>
  );
}
