/**
 * From the dataset file's bytes to a checked dataset: decode, `JSON.parse`, validate. The same
 * function runs in the dataset worker (dataset.worker.ts) and, where no worker can start, on the
 * page itself, so both give the same result and the same problems.
 */
import { parseDataset, type ParseResult } from './dataset.ts';

export type ReadResult =
  Extract<ParseResult, { ok: true }> | (Extract<ParseResult, { ok: false }> & { detail: string });

export function readDataset(bytes: ArrayBuffer): ReadResult {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: 'not-json', problems: [], detail };
  }
  const result = parseDataset(json);
  if (result.ok) return result;
  return { ...result, detail: `${result.problems.length} problem(s)` };
}
