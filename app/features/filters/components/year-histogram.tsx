import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../domain/languages.ts';
import { formatNumber } from '../../../domain/format-date.ts';

interface YearHistogramProps {
  first: number;
  last: number;
  counts: ReadonlyMap<number, number>;
  from: number | undefined;
  to: number | undefined;
  lang: Lang;
  onRange: (from: number, to: number) => void;
}

const HEIGHT = 48;

/**
 * Events per year in the current result (the date range aside), drawn as bars; drag across it
 * to choose a range. A table gives the same numbers to screen readers, and the From / To fields
 * beside it do the same job from the keyboard.
 */
export function YearHistogram({
  first,
  last,
  counts,
  from,
  to,
  lang,
  onRange,
}: YearHistogramProps) {
  const { t } = useTranslation();
  const svgRef = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ anchor: number; current: number } | undefined>();
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const max = Math.max(1, ...counts.values());

  const yearAt = (clientX: number): number => {
    const box = svgRef.current?.getBoundingClientRect();
    if (!box || box.width === 0) return first;
    const ratio = Math.min(0.9999, Math.max(0, (clientX - box.left) / box.width));
    return first + Math.floor(ratio * years.length);
  };

  const low = drag ? Math.min(drag.anchor, drag.current) : from;
  const high = drag ? Math.max(drag.anchor, drag.current) : to;
  const inRange = (year: number) =>
    (low === undefined || year >= low) && (high === undefined || year <= high);

  return (
    <div>
      <svg
        ref={svgRef}
        viewBox={`0 0 ${years.length} ${HEIGHT}`}
        preserveAspectRatio="none"
        className="h-12 w-full cursor-crosshair touch-none select-none"
        aria-hidden="true"
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          const year = yearAt(event.clientX);
          setDrag({ anchor: year, current: year });
        }}
        onPointerMove={(event) => {
          if (drag) setDrag({ ...drag, current: yearAt(event.clientX) });
        }}
        onPointerUp={() => {
          if (!drag) return;
          onRange(Math.min(drag.anchor, drag.current), Math.max(drag.anchor, drag.current));
          setDrag(undefined);
        }}
        onPointerCancel={() => setDrag(undefined)}
      >
        {years.map((year, i) => {
          const count = counts.get(year) ?? 0;
          const height = count === 0 ? 0 : Math.max(3, (count / max) * (HEIGHT - 2));
          return (
            <g key={year}>
              <rect
                x={i}
                y={0}
                width={1}
                height={HEIGHT}
                className={
                  inRange(year) && (low !== undefined || high !== undefined)
                    ? 'fill-sky-100'
                    : 'fill-transparent'
                }
              />
              <rect
                x={i + 0.12}
                y={HEIGHT - height}
                width={0.76}
                height={height}
                className={inRange(year) ? 'fill-sky-700' : 'fill-slate-300'}
              />
            </g>
          );
        })}
      </svg>
      <div className="flex justify-between text-xs text-slate-600 tabular-nums" aria-hidden="true">
        <span>{first}</span>
        <span>{last}</span>
      </div>
      <p className="sr-only">{t('filters.dates.chart')}</p>
      <table className="sr-only">
        <caption>{t('filters.dates.chartTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('filters.dates.year')}</th>
            <th scope="col">{t('filters.dates.events')}</th>
          </tr>
        </thead>
        <tbody>
          {years
            .filter((year) => (counts.get(year) ?? 0) > 0)
            .map((year) => (
              <tr key={year}>
                <th scope="row">{year}</th>
                <td>{formatNumber(counts.get(year) ?? 0, lang)}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}
