import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import { formatProblem, type DatasetProblem } from '../../../domain/dataset-problem.ts';

/** Some events were left out (or references dropped): say how many, list why, let it be dismissed. */
export function DatasetNotice({ problems }: { problems: readonly DatasetProblem[] }) {
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState(false);
  if (problems.length === 0 || dismissed) return null;
  const skipped = new Set(
    problems
      .filter((p) => p.severity === 'error' && p.eventIndex !== undefined)
      .map((p) => p.eventIndex),
  ).size;
  return (
    <div
      role="status"
      className="flex flex-wrap items-start gap-3 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
    >
      <div className="min-w-0 flex-1">
        <p className="font-medium">
          {skipped > 0
            ? t('notice.skipped', { count: skipped })
            : t('notice.warnings', { count: problems.length })}
        </p>
        <details>
          <summary className="cursor-pointer rounded focus-ring">{t('notice.details')}</summary>
          <ul className="mt-1 max-h-48 list-disc overflow-auto pl-5 font-mono text-xs break-all">
            {problems.slice(0, 200).map((problem, index) => (
              <li key={index}>{formatProblem(problem)}</li>
            ))}
          </ul>
        </details>
      </div>
      <Button variant="ghost" onClick={() => setDismissed(true)}>
        {t('notice.dismiss')}
      </Button>
    </div>
  );
}
