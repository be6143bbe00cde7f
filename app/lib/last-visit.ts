/**
 * The release a reader saw on their last visit. The first page load of a session reads it and
 * records the current one; the value read is kept for the session (so a reload keeps the marks)
 * and is empty on a first visit. Storage may be blocked: then nothing is marked.
 */
import { readPreference, writePreference } from './storage.ts';

const SEEN_KEY = 'seen-release';
const SESSION_KEY = 'bilateral-timeline:since';

const session = () => globalThis.sessionStorage as Storage | undefined;

/** The release date the reader last saw before this session, or undefined. */
export function releaseSeenBefore(current: string): string | undefined {
  try {
    const kept = session()?.getItem(SESSION_KEY);
    if (kept !== null && kept !== undefined) return kept === '' ? undefined : kept;
    const seen = readPreference(SEEN_KEY);
    session()?.setItem(SESSION_KEY, seen ?? '');
    writePreference(SEEN_KEY, current);
    return seen;
  } catch {
    return undefined;
  }
}
