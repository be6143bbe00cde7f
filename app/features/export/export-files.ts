import ICAL from 'ical.js';
import Papa from 'papaparse';
import type { Dataset } from '../../domain/dataset.ts';
import type { EventStatus, EventType, Source, TimelineEvent } from '../../domain/dataset-schema.ts';
import type { Stage } from '../../domain/vocabulary.ts';
import { formatDateRange } from '../../domain/format-date.ts';
import type { Lang } from '../../domain/languages.ts';
import { localize } from '../../domain/localize.ts';
import { pagePath } from '../../domain/page-meta.ts';
import { endOf, parsePartialDate, startOf } from '../../domain/partial-date.ts';
import { CSV_COLUMNS, type CsvColumn, type ExportFormat } from './formats.ts';

export { CSV_COLUMNS, type CsvColumn, type ExportFormat } from './formats.ts';

/**
 * CSV, JSON and ICS files of an exact list of events (the current filtered, ordered set). This
 * module is only ever imported dynamically (export-menu.tsx), so papaparse and ical.js load when
 * someone exports, never with the app.
 */

/** Every word the files need in the export language; the caller takes them from the locale. */
export interface ExportLabels {
  columns: Record<CsvColumn, string>;
  types: Record<EventType, string>;
  statuses: Record<EventStatus, string>;
  stages: Record<Stage, string>;
  /** Heading of the sources in the calendar description. */
  sources: string;
  /** Calendar description line for a month- or year-precision date. */
  approximate: (date: string) => string;
}

export interface ExportInput {
  dataset: Dataset;
  events: readonly TimelineEvent[];
  lang: Lang;
  labels: ExportLabels;
  /** The app's absolute base, e.g. `https://example.org/` (origin + BASE_URL). */
  appUrl: string;
  /** The export time (today's date goes into the file name, DTSTAMP into the calendar). */
  now: Date;
}

export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

/** The event's deep link in a language. */
function eventLink(appUrl: string, lang: Lang, id: string): string {
  return `${appUrl}${pagePath(lang, id)}`;
}

const pad = (value: number) => String(value).padStart(2, '0');
const localDay = (date: Date) =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** `kz-eu_en_2026-11-25.csv`: dataset id, language, the user's date. */
function exportFileName(datasetId: string, lang: Lang, now: Date, format: ExportFormat) {
  return `${datasetId}_${lang}_${localDay(now)}.${format}`;
}

// ---------------------------------------------------------------------------------------------
// CSV

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

export function sourceLine(source: Source): string {
  return [source.publisher, source.title, source.url].filter(Boolean).join(' — ');
}

/** The event's stage in words, with the party that took it: "Ratification — Kazakhstan". */
function stageText(input: Pick<ExportInput, 'dataset' | 'lang' | 'labels'>, event: TimelineEvent) {
  if (!event.stage) return '';
  const by = event.stageBy === undefined ? undefined : input.dataset.partiesById.get(event.stageBy);
  const stage = input.labels.stages[event.stage];
  return by ? `${stage} — ${localize(by.name, input.lang).text}` : stage;
}

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

// ---------------------------------------------------------------------------------------------
// JSON

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

// ---------------------------------------------------------------------------------------------
// ICS

const icalDate = (date: Date) =>
  ICAL.Time.fromData({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    isDate: true,
  });

/**
 * The all-day span an event covers: from its first day to the day after its last (DTEND is
 * exclusive). A month- or year-precision date spans the whole month or year, because putting it
 * on the 1st would state a day the sources do not give; the description says so in words.
 */
function allDaySpan(event: TimelineEvent): { start: Date; end: Date } | undefined {
  const start = parsePartialDate(event.date);
  const end = parsePartialDate(event.end ?? event.date);
  if (!start || !end) return undefined;
  return { start: startOf(start), end: endOf(end) };
}

const ICS_STATUS = { held: 'CONFIRMED', planned: 'TENTATIVE', cancelled: 'CANCELLED' } as const;

/**
 * The calendar. For the subscription (`data/kz-eu.ics`), `sequence` gives each event's revision
 * (it grows when the event changes), so subscribed calendars replace the entry.
 */
export function buildIcs(
  input: ExportInput,
  { sequence }: { sequence?: ReadonlyMap<string, number> } = {},
): ExportFile {
  const { dataset, lang, labels } = input;
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.addPropertyWithValue('prodid', `-//Bilateral Timeline//${dataset.id}//${lang}`);
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('x-wr-calname', localize(dataset.title, lang).text);
  const stamp = ICAL.Time.fromJSDate(input.now, true);

  for (const event of input.events) {
    const span = allDaySpan(event);
    if (!span) continue;
    const vevent = new ICAL.Component('vevent');
    const dateText = formatDateRange(event.date, event.end, lang);
    const precise = [event.date, event.end ?? event.date].every(
      (value) => parsePartialDate(value)?.precision === 'day',
    );
    const note = event.note && localize(event.note, lang).text;
    const description = [
      [
        precise ? dateText : labels.approximate(dateText),
        labels.types[event.type],
        labels.statuses[event.status],
        stageText(input, event),
      ]
        .filter(Boolean)
        .join(' · '),
      localize(event.summary, lang).text,
      note,
      `${labels.sources}:\n${event.sources.map(sourceLine).join('\n')}`,
    ]
      .filter(Boolean)
      .join('\n\n');
    vevent.addPropertyWithValue('uid', `${event.id}@${dataset.id}.bilateral-timeline`);
    vevent.addPropertyWithValue('dtstamp', stamp);
    vevent.addPropertyWithValue('dtstart', icalDate(span.start));
    vevent.addPropertyWithValue('dtend', icalDate(span.end));
    vevent.addPropertyWithValue('summary', localize(event.title, lang).text);
    vevent.addPropertyWithValue('description', description);
    if (event.place) vevent.addPropertyWithValue('location', localize(event.place, lang).text);
    vevent.addPropertyWithValue('url', eventLink(input.appUrl, lang, event.id));
    vevent.addPropertyWithValue('categories', labels.types[event.type]);
    vevent.addPropertyWithValue('status', ICS_STATUS[event.status]);
    const revision = sequence && (sequence.get(event.id) ?? 0);
    if (revision !== undefined) vevent.addPropertyWithValue('sequence', revision);
    calendar.addSubcomponent(vevent);
  }
  return {
    name: exportFileName(dataset.id, lang, input.now, 'ics'),
    type: 'text/calendar;charset=utf-8',
    text: `${calendar.toString()}\r\n`,
  };
}

export function buildExport(format: ExportFormat, input: ExportInput): ExportFile {
  if (format === 'csv') return buildCsv(input);
  if (format === 'json') return buildJson(input);
  return buildIcs(input);
}
