/**
 * Asking for the dataset file and checking the answer before its body is read: the same code in
 * the dataset worker, which fetches the file itself (dataset.worker.ts), and on the page where no
 * worker can start (read-on-page.ts, loaded on demand). Nothing else here: the worker asks
 * for the file before its reader has loaded.
 */
import { DatasetFetchError, type ReadLimits } from './dataset-fetch.ts';

/**
 * Fetches the file and checks the answer: a server that does not answer within `silenceMs`, an
 * HTTP error, an HTML page in place of JSON (a static host's answer to a missing file), a
 * Content-Length over the limit. Once it answers, the body may take as long as it needs, as long
 * as it does not fall silent for as long (read-body.ts).
 */
export async function openDataset(
  url: string,
  { limit, silenceMs }: Pick<ReadLimits, 'limit' | 'silenceMs'>,
): Promise<Response> {
  const timeout = new AbortController();
  const noAnswer = setTimeout(() => timeout.abort(), silenceMs);
  let response: Response;
  try {
    response = await fetch(url, {
      signal: timeout.signal,
      headers: { Accept: 'application/json' },
    });
  } catch (error) {
    if (timeout.signal.aborted)
      throw new DatasetFetchError('timeout', `no answer from ${url} within ${silenceMs / 1000} s`);
    throw new DatasetFetchError('network', error instanceof Error ? error.message : String(error));
  } finally {
    clearTimeout(noAnswer);
  }
  if (!response.ok)
    throw new DatasetFetchError(
      'http',
      `HTTP ${response.status} ${response.statusText} for ${url}`,
    );
  const type = response.headers.get('content-type') ?? '';
  if (/html/i.test(type))
    throw new DatasetFetchError('content-type', `${url} is ${type}, not JSON`);
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > limit)
    throw new DatasetFetchError('too-large', `${url} is ${length} bytes (limit ${limit})`);
  return response;
}
