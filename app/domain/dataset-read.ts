/**
 * From the dataset file's bytes to a checked dataset: decode, `JSON.parse`, validate. The same
 * function runs in the dataset worker (dataset.worker.ts) and, where no worker can start, on the
 * page itself, so both give the same result and the same problems.
 */
import { parseDataset, type ParseResult } from './dataset.ts';
import type { FetchFailure, ReadLimits } from './dataset-fetch.ts';
import type { BodyFailure } from './read-body.ts';

export type ReadResult =
  Extract<ParseResult, { ok: true }> | (Extract<ParseResult, { ok: false }> & { detail: string });

export function readDataset(bytes: ArrayBuffer): ReadResult {
  return readDatasetText(new TextDecoder().decode(bytes));
}

export function readDatasetText(text: string): ReadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: 'not-json', problems: [], detail };
  }
  const result = parseDataset(json);
  if (result.ok) return result;
  return { ...result, detail: `${result.problems.length} problem(s)` };
}

/** What the page asks of the dataset worker: to fetch and read the file at `url` (absolute). */
export interface WorkerRequest extends ReadLimits {
  url: string;
}

/**
 * What the worker answers (after 'ready'): its first events, if sent ahead, then the result; for
 * a large dataset (`indexing`), then its search index (MiniSearch's JSON; undefined if it could
 * not be built).
 */
export type WorkerAnswer =
  | { kind: 'partial'; result: Extract<ReadResult, { ok: true }> }
  | {
      kind: 'done';
      result: ReadResult;
      /** When the last byte was in, in ms since the epoch (the page's clock differs). */
      receivedAt?: number;
      indexing?: true;
    }
  | { kind: 'index'; index: string | undefined }
  | { kind: 'failed'; failure: FetchFailure | BodyFailure; detail: string };
