/** The JSON writer: a valid dataset file holding just the exported events. */
import { exportFileName, type ExportFile, type ExportInput } from './export-common.ts';

/**
 * A dataset document (same schemaVersion, id, version, titles, parties, tracks and periods)
 * holding only the exported events and the official texts they cite. `related` ids that point outside the subset are dropped, so the file passes
 * the same validation as the full dataset. Periods are kept whole: they frame the events rather
 * than being filtered with them.
 */
function buildDatasetSubset(input: ExportInput) {
  const { dataset, events } = input;
  const ids = new Set(events.map((event) => event.id));
  // The official texts the exported events cite, in the dataset's order.
  const cited = new Set(events.flatMap((event) => event.documents ?? []));
  const documents = dataset.documents.filter((document) => cited.has(document.id));
  return {
    $schema: `${input.appUrl}data/dataset.schema.json`,
    schemaVersion: 1 as const,
    id: dataset.id,
    title: dataset.title,
    description: dataset.description,
    ...(dataset.version ? { version: dataset.version } : {}),
    updated: dataset.updated,
    parties: dataset.parties,
    tracks: dataset.tracks,
    ...(dataset.periods.length > 0 ? { periods: dataset.periods } : {}),
    ...(documents.length > 0 ? { documents } : {}),
    events: events.map((event) => {
      const { related, ...rest } = event;
      const kept = related?.filter((id) => ids.has(id));
      return kept && kept.length > 0 ? { ...rest, related: kept } : rest;
    }),
  };
}

export function buildJson(input: ExportInput): ExportFile {
  return {
    name: exportFileName(input.dataset.id, input.lang, input.now, 'json'),
    type: 'application/json',
    text: `${JSON.stringify(buildDatasetSubset(input), null, 2)}\n`,
  };
}
