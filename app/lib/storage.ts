/**
 * The one door to localStorage. Storage can be blocked (privacy settings, sandboxed iframes) or
 * full; preferences are a convenience, so every failure is swallowed.
 */
const PREFIX = 'bilateral-timeline:';

/** lib.dom declares it always there; in Node (the prerender) it is missing. Reading it can throw. */
const storage = () => globalThis.localStorage as Storage | undefined;
/** The tab's sessionStorage, as `storage`: missing in Node, and reading it can throw. */
export const sessionStore = () => globalThis.sessionStorage as Storage | undefined;

/**
 * Opens the page's localStorage and sessionStorage (the preferences here, TanStack Router's
 * scroll positions, last-visit.ts), which Chromium does with a synchronous call to the browser
 * process on first use: ~1 ms before the dataset is asked for, but 8–50 ms once that process is
 * busy handing a large file to the dataset worker, on the page's main thread while the app starts.
 * The entry (main.tsx) calls it just before it starts the worker.
 */
export function openStorage(): void {
  try {
    storage()?.getItem(PREFIX);
    sessionStore()?.getItem(PREFIX);
  } catch {
    // Blocked storage stays blocked; its readers swallow the failure.
  }
}

export function readPreference(key: string): string | undefined {
  try {
    return storage()?.getItem(PREFIX + key) ?? undefined;
  } catch {
    return undefined;
  }
}

export function writePreference(key: string, value: string): void {
  try {
    storage()?.setItem(PREFIX + key, value);
  } catch {
    // Preferences are optional.
  }
}
