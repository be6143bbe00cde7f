/**
 * The one door to localStorage. Storage can be blocked (privacy settings, sandboxed iframes) or
 * full; preferences are a convenience, so every failure is swallowed.
 */
const PREFIX = 'bilateral-timeline:';

/** lib.dom declares it always there; in Node (the prerender) it is missing. Reading it can throw. */
const storage = () => globalThis.localStorage as Storage | undefined;

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
