/**
 * The search index of a large dataset, built in the dataset worker (dataset.worker.ts) after it
 * has read the file, and sent to the page as MiniSearch's JSON: 10,000 events take ~0.8 s to
 * index, and loading the built index costs the page about a tenth of that (search.ts).
 */
import MiniSearch from 'minisearch';
import type { TimelineEvent } from './dataset-schema.ts';
import { INDEX_OPTIONS, toDocument } from './search-documents.ts';

export function searchIndexJson(events: readonly TimelineEvent[]): string {
  const index = new MiniSearch(INDEX_OPTIONS);
  index.addAll(events.map(toDocument));
  return JSON.stringify(index);
}
