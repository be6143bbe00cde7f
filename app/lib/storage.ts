/**
 * The one door to localStorage. Storage can be blocked (privacy settings, sandboxed iframes) or
 * full; preferences are a convenience, so every failure is swallowed.
 */
const PREFIX = 'bilateral-timeline:';

export function readPreference(key: string): string | undefined {
  try {
    return globalThis.localStorage?.getItem(PREFIX + key) ?? undefined;
  } catch {
    return undefined;
  }
}

export function writePreference(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(PREFIX + key, value);
  } catch {
    // Preferences are optional.
  }
}
