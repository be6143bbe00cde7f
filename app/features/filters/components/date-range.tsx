import { useTranslation } from 'react-i18next';
import { useDraft } from '../../../lib/use-draft.ts';
import { parsePartialDate } from '../../../domain/partial-date.ts';
import { cn } from '../../../lib/cn.ts';

interface DateFieldProps {
  id: string;
  label: string;
  value: string | undefined;
  onCommit: (value: string | undefined) => void;
}

/** A year or full date; applied when valid (or cleared), flagged in words when not. */
function DateField({ id, label, value, onCommit }: DateFieldProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useDraft(value ?? '');
  const trimmed = draft.trim();
  const invalid = trimmed !== '' && !parsePartialDate(trimmed);
  const commit = () => {
    if (invalid) return;
    const next = trimmed === '' ? undefined : trimmed;
    if (next !== value) onCommit(next);
  };
  return (
    <div className="min-w-0 flex-1">
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={draft}
        placeholder="2015"
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-error` : 'date-hint'}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
        className={cn(
          'mt-0.5 w-full rounded-md border px-2 py-1 text-sm tabular-nums focus-ring',
          invalid ? 'border-red-600' : 'border-slate-300',
        )}
      />
      {invalid && (
        <p id={`${id}-error`} className="mt-0.5 text-xs text-red-700">
          {t('filters.dates.invalid')}
        </p>
      )}
    </div>
  );
}

export function DateRange({
  from,
  to,
  onChange,
}: {
  from: string | undefined;
  to: string | undefined;
  onChange: (range: { from: string | undefined; to: string | undefined }) => void;
}) {
  const { t } = useTranslation();
  return (
    <div>
      <div className="flex gap-2">
        <DateField
          id="date-from"
          label={t('filters.dates.from')}
          value={from}
          onCommit={(value) => onChange({ from: value, to })}
        />
        <DateField
          id="date-to"
          label={t('filters.dates.to')}
          value={to}
          onCommit={(value) => onChange({ from, to: value })}
        />
      </div>
      <p id="date-hint" className="mt-1 text-xs text-slate-600">
        {t('filters.dates.hint')}
      </p>
    </div>
  );
}
