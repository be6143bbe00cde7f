import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True while the page is printed (or shown as print media): print-only views render only then,
 * so they cost nothing on screen.
 */
export function usePrinting(): boolean {
  // Rendered on the server (the build's pages, tests) there is no window and no printing.
  const [printing, setPrinting] = useState(
    () => typeof window !== 'undefined' && window.matchMedia('print').matches,
  );
  useEffect(() => {
    const media = window.matchMedia('print');
    // beforeprint lets the page change before it is laid out for paper, if it does so at once.
    const start = () => flushSync(() => setPrinting(true));
    const stop = () => setPrinting(media.matches);
    const change = () => (media.matches ? start() : stop());
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', stop);
    media.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', stop);
      media.removeEventListener('change', change);
    };
  }, []);
  return printing;
}
