import Ajv2020 from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset, type Dataset } from '../../domain/dataset.ts';
import type { TimelineEvent } from '../../domain/dataset-schema.ts';
import { LANGUAGES } from '../../domain/languages.ts';
import { selectEvents } from '../../domain/select.ts';
import { DEFAULT_VIEW_STATE } from '../../domain/view-state.ts';
import { buildJson } from './export-files.ts';
import { hostileDataset, input, shipped, throughUtf8 } from './testing/export-fixtures.ts';

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
        'version',
        'updated',
        'parties',
        'tracks',
        'periods',
        'documents',
        'events',
      ]);
      // Only the official texts these events cite, and every one they cite.
      const cited = new Set(json.events.flatMap((event) => event.documents ?? []));
      expect(parsed.ok && parsed.dataset.documents.map((document) => document.id).sort()).toEqual(
        [...cited].sort(),
      );
      expect(cited.size).toBeGreaterThan(0);
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
