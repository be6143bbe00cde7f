import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../domain/languages.ts';
import { localize } from '../../domain/localize.ts';
import { buildCsv, CSV_COLUMNS, EXCEL_CELL_LIMIT, csvRow, sourceLine } from './export-files.ts';
import {
  APP,
  eventById,
  hostileDataset,
  input,
  labelsFor,
  must,
  shipped,
  throughUtf8,
  wellFormed,
} from './testing/export-fixtures.ts';

const neutralized = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

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

  it.each(LANGUAGES)('%s: the stage column names the stage and the party that took it', (lang) => {
    const stage = (id: string) => csvRow(input(shipped, [], lang), eventById(id)).stage;
    expect(stage('epca-ratified-by-kazakhstan')).toBe(
      {
        kk: 'Ратификациялау — Қазақстан',
        en: 'Ratification — Kazakhstan',
        ru: 'Ратификация — Казахстан',
      }[lang],
    );
    expect(stage('epca-signed')).toBe(labelsFor(lang).stages.signature);
    const unstaged = must(shipped.events.find((event) => !event.stage));
    expect(csvRow(input(shipped, [], lang), unstaged).stage).toBe('');
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
