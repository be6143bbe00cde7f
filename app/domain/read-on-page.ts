import { DatasetFetchError, READ_LIMITS } from './dataset-fetch.ts';
import { readDataset, type ReadResult } from './dataset-read.ts';
import { openDataset } from './open-dataset.ts';
import { BodyReadError, readBody } from './read-body.ts';

/**
 * Reads the file on the page, where no worker could start or its script did not load: the same
 * checks and reader, on the page's thread, with no first events sent ahead. What the body's
 * reading fails on is a DatasetFetchError too, naming the file.
 */
export async function readOnPage(url: string): Promise<ReadResult> {
  const response = await openDataset(url, READ_LIMITS);
  let bytes: ArrayBuffer;
  try {
    bytes = await readBody(response, READ_LIMITS);
  } catch (error) {
    if (error instanceof BodyReadError)
      throw new DatasetFetchError(error.failure, `${url}: ${error.message}`);
    throw error;
  }
  // For `npm run bench` and the browser's performance panel: when the data was in hand.
  performance.mark('bt:dataset-received');
  return readDataset(bytes);
}
