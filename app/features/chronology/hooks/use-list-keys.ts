/**
 * Keyboard walking through the chronology: ↑ ↓ (or k j) move between the entries' links, and
 * walking past the last rendered entry renders the next page and lands on its first entry.
 */
import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import type { TimelineEvent } from '../../../domain/dataset-schema.ts';
import type { ListPaging } from './use-list-paging.ts';

const STEPS: Record<string, number> = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1 };

/** The list's key handler; `onFocusEvent` hears of every entry the keys move to. */
export function useListKeys(
  events: readonly TimelineEvent[],
  { shown, remaining, showMore }: ListPaging,
  scrollerRef: RefObject<HTMLElement | null>,
  onFocusEvent: (id: string) => void,
): (key: KeyboardEvent<HTMLElement>) => void {
  /** An entry to focus once the next page has rendered (the keys walked past the last one). */
  const pendingFocus = useRef<string | undefined>(undefined);

  useEffect(() => {
    const id = pendingFocus.current;
    if (id === undefined) return;
    pendingFocus.current = undefined;
    const link = scrollerRef.current?.querySelector<HTMLAnchorElement>(
      `li[data-event-id="${CSS.escape(id)}"] > a`,
    );
    if (!link) return;
    link.focus();
    onFocusEvent(id);
  });

  // Enter needs no handling: it opens the focused entry, which is a link.
  return (key) => {
    const step = STEPS[key.key];
    if (step === undefined || key.altKey || key.ctrlKey || key.metaKey) return;
    const links = [
      ...key.currentTarget.querySelectorAll<HTMLAnchorElement>('li[data-event-id] > a'),
    ];
    const current = links.findIndex((link) => link === document.activeElement);
    if (step > 0 && current === links.length - 1 && remaining > 0) {
      key.preventDefault();
      pendingFocus.current = shown.length < events.length ? events[shown.length]?.id : undefined;
      showMore();
      return;
    }
    const next =
      links[current === -1 ? 0 : Math.max(0, Math.min(links.length - 1, current + step))];
    if (!next) return;
    key.preventDefault();
    next.focus();
    const id = next.parentElement?.dataset.eventId;
    if (id) onFocusEvent(id);
  };
}
