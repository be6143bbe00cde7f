import { readFileSync } from 'node:fs';
import { parseDataset, type Dataset } from '../dataset.ts';

/** The shipped dataset file as JSON, for unit tests (Node only). */
export const shippedJson = JSON.parse(
  readFileSync(new URL('../../../public/data/kz-eu.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

/** The shipped dataset, parsed; throws if it does not parse, which its own test reports in detail. */
export function shippedDataset(): Dataset {
  const result = parseDataset(shippedJson);
  if (!result.ok) throw new Error('the shipped dataset is invalid');
  return result.dataset;
}
