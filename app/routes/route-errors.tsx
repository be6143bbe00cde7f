import { Link, useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { Button } from '../components/ui/button.tsx';
import { LANGUAGE_REGISTRY, type Lang } from '../domain/languages.ts';
import { i18nFor, MessagesLoadError } from '../i18n.ts';

function Message({
  title,
  body,
  lang,
  onRetry,
}: {
  title: string;
  body: string;
  lang: Lang;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <main
      className="mx-auto my-16 flex max-w-xl flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6"
      role="alert"
    >
      <h1 className="text-xl font-semibold">{title}</h1>
      <p className="text-slate-700">{body}</p>
      <div className="flex flex-wrap gap-3">
        {onRetry && (
          <Button variant="primary" onClick={onRetry}>
            {t('error.retry')}
          </Button>
        )}
        <Link
          to="/$lang"
          params={{ lang }}
          className="inline-flex items-center rounded px-1 text-sky-800 underline focus-ring"
        >
          {t('error.backToTimeline')}
        </Link>
      </div>
    </main>
  );
}

/**
 * A render error anywhere under a route: a way back, never a blank page. A language whose
 * messages did not arrive (a switch while offline) is said so, in a language that is loaded.
 */
export function CrashView({ error, reset, lang }: ErrorComponentProps & { lang: Lang }) {
  const router = useRouter();
  const i18n = i18nFor(lang);
  const missing = error instanceof MessagesLoadError ? error.lang : undefined;
  console.error(error);
  return (
    <I18nextProvider i18n={i18n}>
      <Message
        // The way back leads to a page in the language shown here.
        lang={missing ? (i18n.language as Lang) : lang}
        title={
          missing
            ? i18n.t('error.languageTitle', { language: LANGUAGE_REGISTRY[missing].autonym })
            : i18n.t('error.crashTitle')
        }
        body={missing ? i18n.t('error.languageBody') : i18n.t('error.crashBody')}
        onRetry={() => {
          reset();
          void router.invalidate();
        }}
      />
    </I18nextProvider>
  );
}

export function PageNotFound({ lang }: { lang: Lang }) {
  const i18n = i18nFor(lang);
  return (
    <I18nextProvider i18n={i18n}>
      <Message lang={lang} title={i18n.t('error.pageNotFound')} body={i18n.t('app.tagline')} />
    </I18nextProvider>
  );
}
