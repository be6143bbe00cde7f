import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../domain/format-date.ts';
import type { Lang } from '../../../domain/languages.ts';

/** A small bar chart of events per year, with the same numbers as a table for screen readers. */
export function YearBars({
  perYear,
  lang,
}: {
  perYear: readonly { year: number; count: number }[];
  lang: Lang;
}) {
  const { t } = useTranslation();
  const max = Math.max(1, ...perYear.map((y) => y.count));
  const width = 100 / Math.max(1, perYear.length);
  const first = perYear[0];
  const last = perYear.at(-1);
  return (
    <figure className="flex flex-col gap-1">
      <svg
        viewBox="0 0 100 30"
        preserveAspectRatio="none"
        className="h-16 w-full"
        aria-hidden="true"
        data-chart="per-year"
      >
        {perYear.map((y, i) => (
          <rect
            key={y.year}
            x={i * width + width * 0.1}
            width={width * 0.8}
            y={30 - (y.count / max) * 30}
            height={(y.count / max) * 30}
            className="fill-sky-700"
          >
            <title>{`${String(y.year)}: ${formatNumber(y.count, lang)}`}</title>
          </rect>
        ))}
      </svg>
      {first && last && (
        <div aria-hidden="true" className="flex justify-between text-xs text-slate-600">
          <span>{first.year}</span>
          <span>{last.year}</span>
        </div>
      )}
      <table className="sr-only">
        <caption>{t('tracks.perYear')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tracks.year')}</th>
            <th scope="col">{t('tracks.count')}</th>
          </tr>
        </thead>
        <tbody>
          {perYear
            .filter((y) => y.count > 0)
            .map((y) => (
              <tr key={y.year}>
                <td>{y.year}</td>
                <td>{formatNumber(y.count, lang)}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </figure>
  );
}
