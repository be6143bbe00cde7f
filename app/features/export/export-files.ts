/**
 * CSV, JSON and ICS files of an exact list of events (the current filtered, ordered set), one
 * writer per format (export-csv.ts, export-json.ts, export-ics.ts; what they share in
 * export-common.ts). This module is only ever imported dynamically in the app (export-menu.tsx),
 * so papaparse and ical.js load when someone exports, never with the app.
 */
import { buildCsv } from './export-csv.ts';
import { buildIcs } from './export-ics.ts';
import { buildJson } from './export-json.ts';
import type { ExportFile, ExportInput } from './export-common.ts';
import type { ExportFormat } from './formats.ts';

export { CSV_COLUMNS, type ExportFormat } from './formats.ts';
export type { ExportFile, ExportInput, ExportLabels } from './export-common.ts';
export { buildCsv, csvRow, EXCEL_CELL_LIMIT } from './export-csv.ts';
export { sourceLine } from './export-common.ts';
export { buildIcs } from './export-ics.ts';
export { buildJson } from './export-json.ts';

export function buildExport(format: ExportFormat, input: ExportInput): ExportFile {
  if (format === 'csv') return buildCsv(input);
  if (format === 'json') return buildJson(input);
  return buildIcs(input);
}
