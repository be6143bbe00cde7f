/** The CSV writer (papaparse): one row per event, safe to open in a spreadsheet. */
import Papa from 'papaparse';
import type { TimelineEvent } from '../../domain/dataset-schema.ts';
import { formatDateRange } from '../../domain/format-date.ts';
import { localize } from '../../domain/localize.ts';
import {
  eventLink,
  exportFileName,
  sourceLine,
  stageText,
  type ExportFile,
  type ExportInput,
} from './export-common.ts';
import { CSV_COLUMNS, type CsvColumn } from './formats.ts';

/** Excel shows at most this many characters in a cell and cuts the rest into the next row. */
export const EXCEL_CELL_LIMIT = 32_767;
/**
 * Cells that a spreadsheet would read as a formula (or that start with a tab or CR, which some
 * strip before reading) get a leading apostrophe (OWASP's advice). papaparse's own default
 * pattern ends in `.*$` without the `s` flag, so it misses formulas that go on to a second line.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

const text = (value: string) =>
  value.length > EXCEL_CELL_LIMIT ? `${value.slice(0, EXCEL_CELL_LIMIT - 1)}…` : value;

/** One row per event: the cells as text (before formula neutralisation). */
export function csvRow(input: ExportInput, event: TimelineEvent): Record<CsvColumn, string> {
  const { dataset, lang, labels } = input;
  const local = (value: Parameters<typeof localize>[0] | undefined) =>
    value ? localize(value, lang).text : '';
  const track = dataset.tracksById.get(event.track);
  return {
    id: event.id,
    date: event.date,
    end: event.end ?? '',
    dateText: formatDateRange(event.date, event.end, lang),
    title: text(local(event.title)),
    type: labels.types[event.type],
    status: labels.statuses[event.status],
    parties: event.parties
      .map((id) => {
        const party = dataset.partiesById.get(id);
        return party ? local(party.name) : id;
      })
      .join('; '),
    track: track ? local(track.name) : event.track,
    stage: stageText(input, event),
    place: text(local(event.place)),
    summary: text(local(event.summary)),
    note: text(local(event.note)),
    people: text(
      (event.people ?? [])
        .map((person) => [local(person.name), local(person.role)].filter(Boolean).join(', '))
        .join('\n'),
    ),
    sources: text(event.sources.map(sourceLine).join('\n')),
    link: eventLink(input.appUrl, lang, event.id),
  };
}

/** UTF-8 with a byte order mark (so Excel does not guess a code page), CRLF rows, all quoted. */
export function buildCsv(input: ExportInput): ExportFile {
  const rows = input.events.map((event) => {
    const row = csvRow(input, event);
    return CSV_COLUMNS.map((column) => row[column]);
  });
  const body = Papa.unparse(
    { fields: CSV_COLUMNS.map((column) => input.labels.columns[column]), data: rows },
    { quotes: true, newline: '\r\n', escapeFormulae: FORMULA_START },
  );
  return {
    name: exportFileName(input.dataset.id, input.lang, input.now, 'csv'),
    type: 'text/csv;charset=utf-8',
    text: `\ufeff${body}\r\n`,
  };
}
