import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../domain/languages.ts';
import { clipId, NotFound } from '../../../components/ui/not-found.tsx';

/** An unknown id in a link: say so in the current language, keep the filters, offer the way back. */
export function EventNotFound({ id, lang }: { id: string; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <NotFound title={t('event.notFoundTitle')} body={t('event.notFoundBody', { id: clipId(id) })}>
      <Link
        to="/$lang"
        params={{ lang }}
        search
        className="self-start rounded text-sky-800 underline focus-ring"
      >
        {t('error.backToTimeline')}
      </Link>
    </NotFound>
  );
}
