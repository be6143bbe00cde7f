/**
 * The release a reader saw on their last visit. The first page load of a session reads it and
 * records the current one; the value read is kept for the session (so a reload keeps the marks)
 * and is empty on a first visit. Storage may be blocked: then nothing is marked.
 */
import { readPreference, sessionStore, writePreference } from './storage.ts';

const SEEN_KEY = 'seen-release';
const SESSION_KEY = 'bilateral-timeline:since';

/** A release as remembered: its date, and its version when the file names one. */
export interface SeenRelease {
  date: string;
  version?: string | undefined;
}

const encode = (release: SeenRelease) =>
  release.version ? `${release.date}|${release.version}` : release.date;
function decode(value: string | null | undefined): SeenRelease | undefined {
  if (!value) return undefined;
  const [date = '', version] = value.split('|');
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? { date, version } : undefined;
}

/** The release the reader last saw before this session, or undefined on a first visit. */
export function releaseSeenBefore(current: SeenRelease): SeenRelease | undefined {
  try {
    const kept = sessionStore()?.getItem(SESSION_KEY);
    if (kept !== null && kept !== undefined) return decode(kept);
    const seen = readPreference(SEEN_KEY);
    sessionStore()?.setItem(SESSION_KEY, seen ?? '');
    writePreference(SEEN_KEY, encode(current));
    return decode(seen);
  } catch {
    return undefined;
  }
}
