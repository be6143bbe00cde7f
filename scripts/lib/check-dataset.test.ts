import { describe, expect, it } from 'vitest';
import { checkDatasetFile } from './check-dataset.ts';

const text = (en: string) => ({ kk: en, en, ru: en });
const file = (events: unknown[], periods?: unknown[]) =>
  JSON.stringify({
    schemaVersion: 1,
    id: 't',
    title: text('T'),
    description: text('D'),
    updated: '2026-01-01',
    version: '1.0.0',
    parties: [{ id: 'kz', kind: 'state', name: text('KZ') }],
    tracks: [{ id: 'epca', name: text('EPCA') }],
    periods,
    events,
  });
const event = (overrides: Record<string, unknown>) => ({
  id: 'a',
  date: '2015-12-21',
  type: 'other',
  parties: ['kz'],
  track: 'epca',
  title: text('A'),
  summary: text('S'),
  sources: [{ url: 'https://example.org', publisher: 'X', lang: 'en', kind: 'official' }],
  added: '2026-01-01',
  updated: '2026-01-01',
  ...overrides,
});

describe('checkDatasetFile', () => {
  it('reports invalid JSON as an error', () => {
    expect(checkDatasetFile('{', { today: '2026-01-01' }).errors[0]).toMatch(/^is not valid JSON/);
  });

  it('errors on a missing translation in a shipped file', () => {
    const report = checkDatasetFile(file([event({ summary: { en: 'S' } })]), {
      today: '2026-01-01',
    });
    expect(report.errors).toEqual([
      'events[0] (a) .summary: lacks kk, ru (shipped datasets need kk, en and ru)',
    ]);
  });

  it('errors on a broken period or a missing translation in one, and counts the valid ones', () => {
    const period = (overrides: Record<string, unknown>) => ({
      id: 'p',
      start: '2016-05-01',
      label: text('P'),
      sources: [{ url: 'https://example.org', publisher: 'X', lang: 'en', kind: 'media' }],
      ...overrides,
    });
    const report = checkDatasetFile(
      file(
        [event({})],
        [
          period({ id: 'ok' }),
          period({ id: 'back', end: '2016-04-30' }),
          period({ id: 'half', note: { en: 'N' } }),
          period({
            id: 'plain',
            sources: [{ url: 'http://example.org', publisher: 'X', lang: 'en', kind: 'media' }],
          }),
        ],
      ),
      { today: '2026-01-01' },
    );
    expect(report.errors).toEqual([
      'periods[1] (back) .end: "2016-04-30" is before the start date 2016-05-01',
      'periods[2] (half) .note: lacks kk, ru (shipped datasets need kk, en and ru)',
      'periods (plain) .sources[0].url: http://example.org is a plain http: link (use https:, or list the host in HTTP_ONLY_HOSTS)',
    ]);
    expect(report.warnings).toEqual([]);
    expect(report.periodCount).toBe(3);
  });

  it('warns about same title and date, planned events in the past and a low official share', () => {
    const media = [{ url: 'https://example.org/b', publisher: 'X', lang: 'en', kind: 'media' }];
    const report = checkDatasetFile(
      file([
        event({ id: 'a' }),
        event({ id: 'b', sources: media }),
        event({ id: 'c', title: text('C'), status: 'planned', date: '2025-03', sources: media }),
      ]),
      { today: '2026-01-01' },
    );
    expect(report.errors).toEqual([]);
    expect(report.officialCount).toBe(1);
    expect(report.warnings).toEqual([
      '1 of 3 events cite an official or legal-text source, under the 75 % target',
      'events (b): same title and date as a',
      'events (c) .status: "planned" but the date 2025-03 has passed',
    ]);
  });

  it('errors on what a release must record: version, source kinds, added and updated', () => {
    const json = JSON.parse(
      file([
        event({
          sources: [{ url: 'https://example.org', publisher: 'X', lang: 'en' }],
          added: undefined,
          updated: undefined,
        }),
      ]),
    ) as Record<string, unknown>;
    delete json.version;
    const report = checkDatasetFile(JSON.stringify(json), { today: '2026-01-01' });
    expect(report.errors).toEqual([
      '.version: is missing (the release, e.g. "2.0.0")',
      'events (a) .sources[0].kind: is missing',
      'events (a) .added: is missing',
      'events (a) .updated: is missing',
    ]);
  });
});
