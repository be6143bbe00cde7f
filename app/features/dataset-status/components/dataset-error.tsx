import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import { formatProblem } from '../../../domain/dataset-problem.ts';
import { DatasetLoadError } from '../../../domain/dataset-query.ts';

/** A failed load: what happened in words, the technical details folded away, and Retry. */
export function DatasetError({
  error,
  onRetry,
  retrying,
}: {
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
}) {
  const { t } = useTranslation();
  const reason = error instanceof DatasetLoadError ? error.reason : 'unknown';
  const details =
    error instanceof DatasetLoadError && error.problems.length > 0
      ? error.problems.map(formatProblem)
      : [error instanceof Error ? error.message : String(error)];
  return (
    <div
      role="alert"
      className="mx-auto my-10 max-w-2xl rounded-lg border border-red-200 bg-white p-6 shadow-sm"
    >
      <h2 className="text-xl font-semibold text-red-900">{t('error.title')}</h2>
      <p className="mt-2 text-slate-800">{t(`error.reason.${reason}`)}</p>
      <details className="mt-4 text-sm">
        <summary className="cursor-pointer rounded text-slate-700 focus-ring">
          {t('error.details')}
        </summary>
        <ul className="mt-2 max-h-64 list-disc overflow-auto pl-5 font-mono text-xs break-all text-slate-700">
          {details.slice(0, 200).map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      </details>
      <Button variant="primary" className="mt-5" onClick={onRetry} disabled={retrying}>
        {t('error.retry')}
      </Button>
    </div>
  );
}
