import { useEffect } from 'react';

/**
 * ← and → move through a story's steps, unless the reader is typing or a modifier is held (so
 * the browser's own Alt+← Back still works).
 */
export function useStoryKeys(
  onPrevious: (() => void) | undefined,
  onNext: (() => void) | undefined,
) {
  useEffect(() => {
    const onKey = (key: KeyboardEvent) => {
      if (key.defaultPrevented || key.altKey || key.ctrlKey || key.metaKey || key.shiftKey) return;
      const target = key.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"], [role="slider"]'))
        return;
      const move =
        key.key === 'ArrowLeft' ? onPrevious : key.key === 'ArrowRight' ? onNext : undefined;
      if (!move) return;
      key.preventDefault();
      move();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onPrevious, onNext]);
}
