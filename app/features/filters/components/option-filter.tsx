import type { ReactNode } from 'react';
import { cn } from '../../../lib/cn.ts';

interface Option<T extends string> {
  value: T;
  label: ReactNode;
  count: number;
  /** Indent (nested institutions). */
  depth?: number;
  lang?: string;
  /** Shown after the option, outside its label (a link to the option's own page). */
  extra?: ReactNode;
}

interface OptionFilterProps<T extends string> {
  legend: string;
  name: string;
  options: readonly Option<T>[];
  selected: readonly T[];
  onToggle: (value: T, checked: boolean) => void;
  children?: ReactNode;
}

/** A fieldset of checkboxes, each with how many events it would match given the other filters. */
export function OptionFilter<T extends string>({
  legend,
  name,
  options,
  selected,
  onToggle,
  children,
}: OptionFilterProps<T>) {
  return (
    <fieldset className="border-t border-slate-200 pt-3">
      <legend className="text-sm font-semibold text-slate-900">{legend}</legend>
      {children}
      <ul className="mt-1.5 space-y-0.5">
        {options.map((option) => {
          const id = `${name}-${option.value}`;
          const checked = selected.includes(option.value);
          return (
            <li
              key={option.value}
              style={{ paddingLeft: `${(option.depth ?? 0) * 1.25}rem` }}
              className="flex items-center gap-1"
            >
              <label
                htmlFor={id}
                className={cn(
                  'flex min-w-0 flex-1 cursor-pointer items-center gap-2 rounded px-1 py-1 text-sm hover:bg-slate-100',
                  option.count === 0 && !checked && 'text-slate-500',
                )}
              >
                <input
                  id={id}
                  type="checkbox"
                  name={name}
                  value={option.value}
                  checked={checked}
                  onChange={(event) => onToggle(option.value, event.target.checked)}
                  className="size-4 shrink-0 accent-sky-800 focus-ring"
                />
                <span lang={option.lang} className="min-w-0 flex-1">
                  {option.label}
                </span>
                <span className="shrink-0 text-xs text-slate-600 tabular-nums">{option.count}</span>
              </label>
              {option.extra}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
