import { useNavigate } from '@tanstack/react-router';
import { useCallback, useEffect } from 'react';
import type { Lang } from '../domain/languages.ts';

/**
 * Closing the open event (its × or Escape outside a field) goes back to the timeline's URL and
 * puts focus back on the event's entry in the list.
 */
export function useCloseEvent(eventId: string | undefined, lang: Lang): () => void {
  const navigate = useNavigate();
  const closeEvent = useCallback(() => {
    if (eventId === undefined) return;
    void navigate({ to: '/$lang', params: { lang }, search: true }).then(() =>
      document
        .querySelector<HTMLElement>(`#event-list li[data-event-id="${CSS.escape(eventId)}"] > a`)
        ?.focus(),
    );
  }, [eventId, lang, navigate]);
  useEffect(() => {
    if (eventId === undefined) return;
    const onKey = (key: KeyboardEvent) => {
      if (key.key !== 'Escape' || key.defaultPrevented) return;
      if ((key.target as HTMLElement | null)?.closest('input, textarea, select')) return;
      closeEvent();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [eventId, closeEvent]);
  return closeEvent;
}
