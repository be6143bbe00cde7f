import Ajv2020 from 'ajv/dist/2020.js';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset, type Dataset } from '../../domain/dataset.ts';
import { EVENT_STATUSES, EVENT_TYPES, type TimelineEvent } from '../../domain/dataset-schema.ts';
import { LANGUAGES, type Lang } from '../../domain/languages.ts';
import { localize } from '../../domain/localize.ts';
import { selectEvents } from '../../domain/select.ts';
import { hostileDatasetJson } from '../../domain/testing/hostile-dataset.ts';
import { shippedDataset } from '../../domain/testing/shipped-dataset.ts';
import { DEFAULT_VIEW_STATE } from '../../domain/view-state.ts';
import {
  buildCsv,
  buildIcs,
  buildJson,
  CSV_COLUMNS,
  EXCEL_CELL_LIMIT,
  csvRow,
  sourceLine,
  type ExportInput,
  type ExportLabels,
} from './export-files.ts';

type Messages = Record<string, Record<string, unknown>>;
const messages = (lang: Lang) =>
  JSON.parse(
    readFileSync(new URL(`../../../locales/${lang}/translation.json`, import.meta.url), 'utf8'),
  ) as Messages;

function labelsFor(lang: Lang): ExportLabels {
  const m = messages(lang);
  const exp = m.export as { columns: ExportLabels['columns']; approximate: string };
  return {
    columns: exp.columns,
    types: m.types as ExportLabels['types'],
    statuses: (m.event as { status: ExportLabels['statuses'] }).status,
    sources: (m.event as { sources: string }).sources,
    approximate: (date) => exp.approximate.replace('{{date}}', date),
  };
}

const APP = 'https://timeline.example/';
const NOW = new Date(2026, 10, 25, 12, 0, 0);
const shipped = shippedDataset();

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('missing test data');
  return value;
}
const eventById = (id: string) => must(shipped.eventsById.get(id));

function input(dataset: Dataset, events: readonly TimelineEvent[], lang: Lang): ExportInput {
  return { dataset, events, lang, labels: labelsFor(lang), appUrl: APP, now: NOW };
}

/** What a file on disk holds: UTF-8, so lone surrogates come back as U+FFFD. */
const throughUtf8 = (text: string) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(new TextEncoder().encode(text));
const wellFormed = (text: string) => text.replace(/[\ud800-\udfff]/gu, '\ufffd');
const neutralized = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

function hostileDataset(): Dataset {
  const result = parseDataset(hostileDatasetJson());
  if (!result.ok) throw new Error('hostile dataset did not parse');
  return result.dataset;
}

function readCsv(text: string) {
  expect(text.startsWith('\ufeff')).toBe(true);
  const parsed = Papa.parse<string[]>(throughUtf8(text).slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('CSV', () => {
  const epca = shipped.events.filter((event) => event.track === 'epca');

  it.each(LANGUAGES)('%s: BOM, localized headers, one row per event in list order', (lang) => {
    const file = buildCsv(input(shipped, epca, lang));
    expect(file.name).toBe(`kz-eu_${lang}_2026-11-25.csv`);
    expect(file.type).toBe('text/csv;charset=utf-8');
    const [header, ...rows] = readCsv(file.text);
    expect(header).toEqual(CSV_COLUMNS.map((column) => labelsFor(lang).columns[column]));
    expect(rows.map((row) => row[0])).toEqual(epca.map((event) => event.id));
    expect(rows.map((row) => row[CSV_COLUMNS.indexOf('title')])).toEqual(
      epca.map((event) => localize(event.title, lang).text),
    );
    const signed = rows.find((row) => row[0] === 'epca-signed');
    expect(signed?.[CSV_COLUMNS.indexOf('link')]).toBe(`${APP}${lang}/events/epca-signed`);
    expect(signed?.[CSV_COLUMNS.indexOf('dateText')]).toBe(
      { kk: '2015 ж. 21 желтоқсан', en: '21 December 2015', ru: '21 декабря 2015 г.' }[lang],
    );
    // CRLF between rows, as Excel writes them.
    expect(file.text).toContain('"\r\n"');
  });

  it('keeps partial dates at their precision: ISO as in the data, words at the same precision', () => {
    const monthOnly = must(shipped.events.find((event) => event.date.length === 7));
    const row = csvRow(input(shipped, [], 'en'), monthOnly);
    expect(row.date).toBe(monthOnly.date);
    expect(row.dateText).not.toMatch(/^\d{1,2} /);
  });

  it('joins parties and sources, and cuts cells at Excel’s limit', () => {
    const event = eventById('epca-signed');
    const row = csvRow(input(shipped, [], 'en'), event);
    expect(row.sources.split('\n')).toEqual(event.sources.map(sourceLine));
    expect(row.parties.split('; ')).toHaveLength(event.parties.length);
    const long = {
      ...event,
      sources: Array.from({ length: 3 }, () => ({
        ...must(event.sources[0]),
        title: 'y'.repeat(20_000),
      })),
    };
    expect(csvRow(input(shipped, [], 'en'), long).sources).toHaveLength(EXCEL_CELL_LIMIT);
  });

  it('neutralizes cells that start with = + - @ tab or CR, multi-line ones included', () => {
    const base = eventById('epca-signed');
    const titles = ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '=1+1\nsecond', 'safe = 1'];
    const events = titles.map((title, index) => ({
      ...base,
      id: `f-${index}`,
      title: { kk: title, en: title, ru: title },
    }));
    const [, ...rows] = readCsv(buildCsv(input(shipped, events, 'en')).text);
    expect(rows.map((row) => row[CSV_COLUMNS.indexOf('title')])).toEqual([
      "'=1+1",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\t=1",
      "'\r=1",
      "'=1+1\nsecond",
      'safe = 1',
    ]);
  });

  it('round-trips hostile text: every cell parses back to what the app shows', () => {
    const dataset = hostileDataset();
    const events = dataset.events.filter((event) => event.id.startsWith('hostile-'));
    expect(events.length).toBeGreaterThan(15);
    for (const lang of LANGUAGES) {
      const exportInput = input(dataset, events, lang);
      const [, ...rows] = readCsv(buildCsv(exportInput).text);
      expect(rows).toHaveLength(events.length);
      rows.forEach((row, index) => {
        const expected = csvRow(exportInput, must(events[index]));
        expect(row).toEqual(CSV_COLUMNS.map((column) => neutralized(wellFormed(expected[column]))));
      });
    }
  });
});

describe('JSON', () => {
  const schema = JSON.parse(
    readFileSync(new URL('../../../public/data/dataset.schema.json', import.meta.url), 'utf8'),
  ) as object;
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

  it.each(LANGUAGES)(
    '%s: a dataset document of just these events, valid for the app and the JSON Schema',
    (lang) => {
      const { events } = selectEvents(
        shipped,
        { ...DEFAULT_VIEW_STATE, track: ['pca', 'epca'] },
        lang,
      );
      const file = buildJson(input(shipped, events, lang));
      expect(file.name).toBe(`kz-eu_${lang}_2026-11-25.json`);
      const json = JSON.parse(file.text) as { events: TimelineEvent[]; schemaVersion: number };
      expect(json.schemaVersion).toBe(1);
      expect(json.events.map((event) => event.id)).toEqual(events.map((event) => event.id));
      const parsed = parseDataset(json);
      expect(parsed.ok && parsed.problems).toEqual([]);
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
      // Related events outside the subset are dropped; those inside stay.
      const ids = new Set(events.map((event) => event.id));
      for (const event of json.events)
        for (const id of event.related ?? []) expect(ids).toContain(id);
      const pcaSigned = json.events.find((event) => event.id === 'pca-signed');
      expect(pcaSigned?.related).toContain('pca-in-force');
      expect(pcaSigned?.related).toContain('epca-signed');
      // The dataset's periods are kept whole, in order, right after the tracks.
      expect(shipped.periods.length).toBeGreaterThan(0);
      expect(parsed.ok && parsed.dataset.periods).toEqual(shipped.periods);
      expect(Object.keys(json)).toEqual([
        '$schema',
        'schemaVersion',
        'id',
        'title',
        'description',
        'updated',
        'parties',
        'tracks',
        'periods',
        'events',
      ]);
    },
  );

  it('writes no periods key for a dataset without periods', () => {
    const dataset: Dataset = { ...shipped, periods: [] };
    const json = JSON.parse(buildJson(input(dataset, shipped.events, 'en')).text) as object;
    expect(json).not.toHaveProperty('periods');
    expect(parseDataset(json)).toMatchObject({ ok: true, problems: [] });
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });

  it('round-trips hostile text exactly and stays valid', () => {
    const dataset = hostileDataset();
    const events = dataset.events.filter((event) => event.id.startsWith('hostile-'));
    const json = JSON.parse(throughUtf8(buildJson(input(dataset, events, 'kk')).text)) as unknown;
    const parsed = parseDataset(json);
    expect(parsed.ok && parsed.problems).toEqual([]);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    if (!parsed.ok) return;
    // Hostile events relate to hostile-0 (kept) and epca-signed (outside the subset, dropped).
    expect(parsed.dataset.eventsById.get('hostile-3')?.related).toEqual(['hostile-0']);
    const sorted = [...events].sort((a, b) => (a.date + a.id < b.date + b.id ? -1 : 1));
    expect(parsed.dataset.events.map((event) => [event.id, event.title, event.summary])).toEqual(
      sorted.map((event) => [event.id, event.title, event.summary]),
    );
  });
});

describe('ICS', () => {
  const read = (text: string) => {
    const calendar = new ICAL.Component(ICAL.parse(throughUtf8(text)));
    return calendar.getAllSubcomponents('vevent').map((vevent) => ({
      uid: vevent.getFirstPropertyValue('uid'),
      start: String(vevent.getFirstPropertyValue('dtstart')),
      end: String(vevent.getFirstPropertyValue('dtend')),
      isDate: (vevent.getFirstPropertyValue('dtstart') as ICAL.Time).isDate,
      summary: vevent.getFirstPropertyValue('summary'),
      description: String(vevent.getFirstPropertyValue('description')),
      url: vevent.getFirstPropertyValue('url'),
      location: vevent.getFirstPropertyValue('location'),
      calendar,
    }));
  };

  it.each(LANGUAGES)('%s: one all-day event per entry, with its deep link', (lang) => {
    const events = shipped.events.filter((event) => event.track === 'pca');
    const file = buildIcs(input(shipped, events, lang));
    expect(file.name).toBe(`kz-eu_${lang}_2026-11-25.ics`);
    expect(file.text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(file.text).toContain('PRODID:');
    const vevents = read(file.text);
    expect(vevents.map((vevent) => vevent.uid)).toEqual(
      events.map((event) => `${event.id}@kz-eu.bilateral-timeline`),
    );
    expect(vevents.every((vevent) => vevent.isDate)).toBe(true);
    expect(vevents.map((vevent) => vevent.summary)).toEqual(
      events.map((event) => localize(event.title, lang).text),
    );
    expect(vevents.map((vevent) => vevent.url)).toEqual(
      events.map((event) => `${APP}${lang}/events/${event.id}`),
    );
    const signed = vevents.find((vevent) => vevent.uid?.toString().startsWith('pca-signed@'));
    expect([signed?.start, signed?.end]).toEqual(['1995-01-23', '1995-01-24']);
  });

  it('spans month- and year-precision dates over the whole period and says so', () => {
    const base = eventById('epca-signed');
    const events = [
      { ...base, id: 'm', date: '2015-12', end: undefined },
      { ...base, id: 'y', date: '2015', end: undefined },
      { ...base, id: 'r', date: '2015-12-21', end: '2015-12-22' },
      { ...base, id: 'feb', date: '2016-02', end: undefined },
    ];
    const vevents = read(buildIcs(input(shipped, events, 'en')).text);
    expect(vevents.map((vevent) => [vevent.start, vevent.end])).toEqual([
      ['2015-12-01', '2016-01-01'],
      ['2015-01-01', '2016-01-01'],
      ['2015-12-21', '2015-12-23'],
      ['2016-02-01', '2016-03-01'],
    ]);
    expect(vevents[0]?.description).toContain('December 2015 (no exact day in the sources');
    expect(vevents[2]?.description).not.toContain('no exact day');
  });

  it('round-trips hostile text (no injected components)', () => {
    const dataset = hostileDataset();
    const events = dataset.events.filter((event) => event.id.startsWith('hostile-'));
    for (const lang of LANGUAGES) {
      const vevents = read(buildIcs(input(dataset, events, lang)).text);
      expect(vevents.map((vevent) => vevent.uid)).toEqual(
        events.map((event) => `${event.id}@kz-eu.bilateral-timeline`),
      );
      expect(vevents.map((vevent) => vevent.summary)).toEqual(
        events.map((event) => wellFormed(localize(event.title, lang).text)),
      );
      expect(vevents.map((vevent) => vevent.location)).toEqual(
        events.map((event) => wellFormed(localize(must(event.place), lang).text)),
      );
      vevents.forEach((vevent, index) =>
        expect(vevent.description).toContain(
          wellFormed(localize(must(events[index]).summary, lang).text),
        ),
      );
    }
  });
});

it('labels cover every type and status', () => {
  for (const lang of LANGUAGES) {
    const labels = labelsFor(lang);
    for (const type of EVENT_TYPES) expect(labels.types[type]).toBeTruthy();
    for (const status of EVENT_STATUSES) expect(labels.statuses[status]).toBeTruthy();
  }
});
