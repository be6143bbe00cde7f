import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import { GROUP_MODES, type GroupMode } from '../../../domain/view-state.ts';

/** The timeline's own controls: zoom in and out, fit (to the results), the hint, the lanes. */
export function TimelineToolbar({
  group,
  filtered,
  empty,
  onZoom,
  onFit,
  onGroupChange,
}: {
  group: GroupMode;
  /** Filters or a query are on: fitting zooms to the results. */
  filtered: boolean;
  /** Nothing to fit to. */
  empty: boolean;
  onZoom: (delta: number) => void;
  onFit: () => void;
  onGroupChange: (group: GroupMode) => void;
}) {
  const { t } = useTranslation();
  const fitLabel = filtered ? t('timeline.zoomToResults') : t('timeline.fit');
  return (
    <div className="flex items-center gap-1.5 border-b border-slate-200 px-2 py-1.5 md:gap-2 md:px-3">
      <Button
        aria-label={t('timeline.zoomIn')}
        title={t('timeline.zoomIn')}
        onClick={() => onZoom(0.5)}
      >
        <span aria-hidden="true">+</span>
      </Button>
      <Button
        aria-label={t('timeline.zoomOut')}
        title={t('timeline.zoomOut')}
        onClick={() => onZoom(-0.5)}
      >
        <span aria-hidden="true">−</span>
      </Button>
      <Button title={fitLabel} onClick={() => onFit()} disabled={empty}>
        <span aria-hidden="true" className="md:hidden">
          {'⤢'}
        </span>
        <span className="max-md:sr-only">{fitLabel}</span>
      </Button>
      <p className="hidden min-w-0 flex-1 text-xs text-slate-600 @4xl:block">
        {t('timeline.hint')}
      </p>
      <label className="ml-auto flex items-center gap-2 text-sm text-slate-700">
        <span className="max-sm:sr-only">{t('lanes.label')}</span>
        <select
          value={group}
          onChange={(event) => onGroupChange(event.target.value as GroupMode)}
          className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm focus-ring"
        >
          {GROUP_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(`lanes.${mode}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
