import { useTranslation } from 'react-i18next';

export function LoadingSkeleton() {
  const { t } = useTranslation();
  return (
    <div aria-busy="true" className="flex flex-col gap-4">
      <p role="status" className="sr-only">
        {t('loading.events')}
      </p>
      <div
        className="h-[24rem] animate-pulse rounded-lg border border-slate-200 bg-white"
        aria-hidden="true"
      >
        <div className="m-4 h-6 w-1/3 rounded bg-slate-200" />
        <div className="m-4 h-40 rounded bg-slate-100" />
      </div>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_28rem]" aria-hidden="true">
        <div className="h-64 animate-pulse rounded-lg border border-slate-200 bg-white" />
        <div className="h-64 animate-pulse rounded-lg border border-slate-200 bg-white" />
      </div>
    </div>
  );
}
