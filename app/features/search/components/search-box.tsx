import { useTranslation } from 'react-i18next';
import { useDraft } from '../../../lib/use-draft.ts';

interface SearchBoxProps {
  value: string;
  onChange: (q: string) => void;
  /** The field is about to be used (pointed at or focused): a chance to get search ready. */
  onIntent?: () => void;
}

/**
 * The search field. The URL holds the query; the field keeps a draft only so the caret does not
 * jump while the router catches up, and follows the URL when it changes elsewhere (Back, a link).
 */
export function SearchBox({ value, onChange, onIntent }: SearchBoxProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useDraft(value);
  return (
    <div role="search" className="relative">
      <label htmlFor="event-search" className="sr-only">
        {t('filters.search.label')}
      </label>
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-slate-500"
      >
        <path
          fill="currentColor"
          d="M8.5 3a5.5 5.5 0 0 1 4.38 8.83l3.65 3.64-1.06 1.06-3.64-3.65A5.5 5.5 0 1 1 8.5 3Zm0 1.5a4 4 0 1 0 0 8 4 4 0 0 0 0-8Z"
        />
      </svg>
      <input
        id="event-search"
        type="search"
        value={draft}
        maxLength={200}
        autoComplete="off"
        spellCheck={false}
        placeholder={t('filters.search.placeholder')}
        onPointerEnter={onIntent}
        onFocus={onIntent}
        onChange={(event) => {
          setDraft(event.target.value);
          onChange(event.target.value);
        }}
        className="w-full rounded-lg border border-slate-300 bg-white py-2 pr-10 pl-9 text-base shadow-sm focus-ring placeholder:text-slate-500"
      />
      {draft !== '' && (
        <button
          type="button"
          onClick={() => {
            setDraft('');
            onChange('');
          }}
          aria-label={t('filters.search.clear')}
          title={t('filters.search.clear')}
          className="absolute top-1/2 right-1.5 inline-flex size-8 -translate-y-1/2 items-center justify-center rounded-md text-xl text-slate-600 focus-ring hover:bg-slate-100"
        >
          <span aria-hidden="true">×</span>
        </button>
      )}
    </div>
  );
}
