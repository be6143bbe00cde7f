/**
 * The track page is its own chunk: the explorer's first paint does not carry it. The track
 * route's loader waits for it, so by the time the page renders (or replaces the page built for
 * it) the module is here and nothing suspends or flashes.
 */
type TrackPageModule = typeof import('./track-page.tsx');

let loaded: TrackPageModule | undefined;

/** Resolves once the chunk is in; a failure leaves it absent, and the page says so. */
export async function loadTrackPage(): Promise<void> {
  try {
    loaded = await import('./track-page.tsx');
  } catch {
    loaded = undefined;
  }
}

export const trackPageModule = (): TrackPageModule | undefined => loaded;
