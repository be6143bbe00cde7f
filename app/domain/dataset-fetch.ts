/**
 * Where the dataset file is and how it is read, and why it could not be had: shared by the page
 * and the dataset worker, which fetches the file (open-dataset.ts).
 */

/** The shipped dataset, fetched at run time so editors can update it without a rebuild. */
export const DEFAULT_DATASET_URL = `${import.meta.env.BASE_URL}data/kz-eu.json`;

/** How the dataset is read: its limits, and when a large file's first events are sent ahead. */
export const READ_LIMITS = {
  /** A dataset larger than this is refused with a message instead of freezing the tab. */
  limit: 64 * 1024 * 1024,
  /** A server that does not answer, or stops sending, for this long is given up on. */
  silenceMs: 20_000,
  /**
   * A file announced as at least this long (Content-Length), or still arriving past this size
   * where its length is not said, has its first events drawn before the rest is in. The
   * shipped dataset (~0.6 MB) and up to ~1,700 synthetic events are read whole: a file that small
   * is in and checked so soon that drawing its first events, then all of them, is slower than
   * drawing it once (1,000 events: 1.97 s to the first drawn items with a first part at 1 MiB,
   * 1.86 s without). 10,000 events are ~12 MB.
   */
  partialAt: 2 * 1024 * 1024,
  /**
   * How many first events are sent ahead: enough to fill the list's first screen twice over and
   * give the timeline something to show. The fewer they are, the sooner they are checked, copied
   * to the page and drawn: at 10,000 events (1200 × 800, 12 loads each) the first items were
   * drawn at 1.22 s with ~184 first events (the complete ones in the first 256 kB, before),
   * 1.10 s with 50 and 1.06 s with 24.
   */
  partialEvents: 24,
};
export type ReadLimits = typeof READ_LIMITS;

/** Why the file could not be had, before its body was read. */
export type FetchFailure = 'network' | 'timeout' | 'http' | 'content-type' | 'too-large';

export class DatasetFetchError extends Error {
  readonly failure: FetchFailure;
  constructor(failure: FetchFailure, detail: string) {
    super(detail);
    this.name = 'DatasetFetchError';
    this.failure = failure;
  }
}
