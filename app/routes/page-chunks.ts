/**
 * The track page and the "What changed" page are chunks of their own: the explorer's first paint
 * does not carry them. Their routes' loaders wait for them, so by the time the page renders (or
 * replaces the page built for it) the module is here and nothing suspends or flashes.
 */
function chunk<M>(load: () => Promise<M>) {
  let loaded: M | undefined;
  return {
    /** Resolves once the chunk is in; a failure leaves it absent, and the page says so. */
    async load(): Promise<void> {
      try {
        loaded = await load();
      } catch {
        loaded = undefined;
      }
    },
    get: (): M | undefined => loaded,
  };
}

export const pageChunks = {
  track: chunk(() => import('./track-page.tsx')),
  release: chunk(() => import('./release-page.tsx')),
};
