import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import type { Dataset } from '../../../domain/dataset.ts';
import type { TimelineEvent } from '../../../domain/dataset-schema.ts';
import type { Lang } from '../../../domain/languages.ts';
import { exportLabels } from '../export-labels.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../formats.ts';

/** The menu's width (w-64), for keeping it on screen. */
const MENU_WIDTH = 256;

/** Saves text as a file through a Blob and an object URL (no data: URL, nothing inline). */
function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * "Export" and a small menu of CSV, JSON and ICS files of exactly the events shown, in the
 * interface language. The file builders (papaparse, ical.js) load on first use.
 */
export function ExportMenu({
  dataset,
  events,
  lang,
  disabled = false,
}: {
  dataset: Dataset;
  /** The current filtered set, in list order. */
  events: readonly TimelineEvent[];
  lang: Lang;
  /** While a large dataset is still being read: only the whole is exported. */
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  // Where the menu sits relative to the button: under its right edge, moved to stay on screen.
  const [offset, setOffset] = useState(0);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    const onKey = (key: KeyboardEvent) => {
      if (key.key !== 'Escape') return;
      key.preventDefault();
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onPointer = (pointer: PointerEvent) => {
      if (!rootRef.current?.contains(pointer.target as Node)) setOpen(false);
    };
    // Capture, so Escape closes the menu before it reaches the open event's Escape-to-close.
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  const labels = () => exportLabels(t);

  const save = async (format: ExportFormat) => {
    setBusy(true);
    setMessage('');
    try {
      const { buildExport } = await import('../export-files.ts');
      const file = buildExport(format, {
        dataset,
        events,
        lang,
        labels: labels(),
        appUrl: `${window.location.origin}${import.meta.env.BASE_URL}`,
        now: new Date(),
      });
      download(file.name, file.type, file.text);
      setMessage(t('export.done', { name: file.name }));
      setOpen(false);
      buttonRef.current?.focus();
    } catch {
      setMessage(t('export.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div ref={rootRef} className="relative">
      <Button
        ref={buttonRef}
        aria-expanded={open}
        aria-controls={menuId}
        disabled={disabled || events.length === 0}
        onClick={() => {
          const rect = buttonRef.current?.getBoundingClientRect();
          if (rect && !open) {
            const viewport = document.documentElement.clientWidth;
            const width = Math.min(MENU_WIDTH, viewport - 16);
            const left = Math.min(Math.max(8, rect.right - width), viewport - 8 - width);
            setOffset(left - rect.left);
          }
          setOpen((value) => !value);
        }}
      >
        {t('export.button')}
        <span aria-hidden="true" className="text-xs">
          {open ? '▴' : '▾'}
        </span>
      </Button>
      <div
        id={menuId}
        role="group"
        aria-label={t('export.menuLabel')}
        hidden={!open}
        style={{ left: offset }}
        className="absolute z-30 mt-1 w-64 max-w-[calc(100vw-1rem)] rounded-lg border border-slate-300 bg-white p-2 shadow-lg"
      >
        <p className="px-1 pb-2 text-xs text-slate-700">
          {t('export.scope', { count: events.length })}
        </p>
        <ul className="flex flex-col gap-1">
          {EXPORT_FORMATS.map((format) => (
            <li key={format}>
              <Button
                variant="ghost"
                className="w-full justify-start"
                disabled={busy}
                onClick={() => void save(format)}
              >
                {t(`export.${format}`)}
              </Button>
            </li>
          ))}
        </ul>
      </div>
      <p role="status" className="sr-only">
        {message}
      </p>
    </div>
  );
}
