import { describe, expect, it } from 'vitest';
import { formatProblem, parseDataset } from './dataset.ts';
import { findMissingTranslations } from './dataset-translations.ts';
import { shippedJson } from './testing/shipped-dataset.ts';

const shipped = shippedJson;

const text = (en: string) => ({ kk: en, en, ru: en });
function minimal(events: unknown[]) {
  return {
    schemaVersion: 1,
    id: 'test',
    title: text('Test'),
    description: text('Test data'),
    updated: '2026-01-01',
    parties: [
      { id: 'kz', kind: 'state', name: text('Kazakhstan') },
      { id: 'eu', kind: 'organization', name: text('EU') },
      { id: 'eu-commission', kind: 'institution', parent: 'eu', name: text('Commission') },
    ],
    tracks: [{ id: 'epca', name: text('EPCA') }],
    events,
  };
}
function event(overrides: Record<string, unknown> = {}) {
  return {
    id: 'epca-signed',
    date: '2015-12-21',
    type: 'agreement-signing',
    parties: ['kz', 'eu'],
    track: 'epca',
    title: text('EPCA signed'),
    summary: text('Signed in Astana.'),
    sources: [{ url: 'https://example.org/a', publisher: 'Example', lang: 'en' }],
    ...overrides,
  };
}
function period(overrides: Record<string, unknown> = {}) {
  return {
    id: 'epca-in-force',
    start: '2020-03-01',
    label: text('EPCA in force'),
    sources: [{ url: 'https://example.org/p', publisher: 'Example', lang: 'en' }],
    ...overrides,
  };
}
const withPeriods = (periods: unknown) => ({ ...minimal([event()]), periods });
const messages = (json: unknown) => parseDataset(json).problems.map(formatProblem);

describe('parseDataset', () => {
  it('accepts the shipped dataset with no problems and at least 60 events', () => {
    const result = parseDataset(shipped);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.ok && result.dataset.events.length).toBeGreaterThanOrEqual(60);
  });

  it('sorts events by date and indexes them by id', () => {
    const result = parseDataset(
      minimal([event({ id: 'b', date: '2020' }), event({ id: 'a', date: '1995-01-23' })]),
    );
    expect(result.ok && result.dataset.events.map((e) => e.id)).toEqual(['a', 'b']);
    expect(result.ok && result.dataset.eventsById.get('b')?.status).toBe('held');
  });

  it('names the event and the field of an invalid date', () => {
    expect(messages(minimal([event(), event({ id: 'bad', date: '2015-13-01' })]))).toEqual([
      'events[1] (bad) .date: "2015-13-01" is not a valid date (expected YYYY, YYYY-MM or YYYY-MM-DD)',
    ]);
  });

  it('rejects impossible days, ends before starts, and missing sources', () => {
    const problems = messages(
      minimal([
        event(),
        event({ id: 'feb', date: '2015-02-30' }),
        event({ id: 'back', date: '2015-12-21', end: '2015-12-20' }),
        event({ id: 'nosrc', sources: [] }),
      ]),
    );
    expect(problems).toContain(
      'events[1] (feb) .date: "2015-02-30" is not a valid date (expected YYYY, YYYY-MM or YYYY-MM-DD)',
    );
    expect(problems).toContain(
      'events[2] (back) .end: "2015-12-20" is before the start date 2015-12-21',
    );
    expect(problems).toContain('events[3] (nosrc) .sources: needs at least one source');
  });

  it('rejects non-http source URLs such as javascript:', () => {
    expect(
      messages(
        minimal([
          event(),
          event({
            id: 'js',
            sources: [{ url: 'javascript:alert(1)', publisher: 'x', lang: 'en' }],
          }),
        ]),
      ),
    ).toEqual(['events[1] (js) .sources[0].url: "javascript:alert(1)" is not an http(s) URL']);
  });

  it('reports unknown party and track ids and duplicate event ids', () => {
    const problems = messages(
      minimal([event(), event({ parties: ['kz', 'mars'], track: 'nope' })]),
    );
    expect(problems).toEqual([
      'events[1] (epca-signed) .id: "epca-signed" is used by an earlier event',
      'events[1] (epca-signed) .parties[1]: "mars" is not a party id',
      'events[1] (epca-signed) .track: "nope" is not a track id',
    ]);
  });

  it('keeps valid events when others are broken', () => {
    const result = parseDataset(minimal([event(), { id: 'x' }, 'not an object']));
    expect(result.ok).toBe(true);
    expect(result.ok && result.dataset.events).toHaveLength(1);
    expect(result.problems.some((p) => p.eventIndex === 1)).toBe(true);
    expect(result.problems.some((p) => p.eventIndex === 2)).toBe(true);
  });

  it('drops a dangling related id with a warning', () => {
    const result = parseDataset(minimal([event({ related: ['ghost'] })]));
    expect(result.ok && result.dataset.events[0]?.related).toEqual([]);
    expect(result.problems.map(formatProblem)).toEqual([
      'warning: events[0] (epca-signed) .related[0]: "ghost" is not another event\'s id',
    ]);
  });

  it('fails the whole file for another schema version, no events, or not an object', () => {
    expect(parseDataset({ ...minimal([event()]), schemaVersion: 2 })).toMatchObject({
      ok: false,
      reason: 'schema-version',
    });
    expect(parseDataset(minimal([]))).toMatchObject({ ok: false, reason: 'no-events' });
    expect(parseDataset(minimal([{ id: 'x' }]))).toMatchObject({ ok: false, reason: 'no-events' });
    expect(parseDataset('hello')).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

describe('parseDataset: periods', () => {
  it('keeps valid periods in file order, with their optional end and note', () => {
    const result = parseDataset(
      withPeriods([
        period({ id: 'pca-in-force', start: '1999-07-01', end: '2020-02-29', note: text('N') }),
        period({ id: 'epca-provisional', start: '2016-05-01', end: '2020-02-29' }),
        period({ id: 'same-day', start: '2016-05', end: '2016-05-01' }),
        period(),
      ]),
    );
    expect(result.problems).toEqual([]);
    expect(result.ok && result.dataset.periods.map((p) => [p.id, p.start, p.end])).toEqual([
      ['pca-in-force', '1999-07-01', '2020-02-29'],
      ['epca-provisional', '2016-05-01', '2020-02-29'],
      ['same-day', '2016-05', '2016-05-01'],
      ['epca-in-force', '2020-03-01', undefined],
    ]);
    expect(result.ok && result.dataset.periods[0]?.note).toEqual(text('N'));
  });

  it('gives an empty list when the file has no periods', () => {
    const result = parseDataset(minimal([event()]));
    expect(result.ok && result.dataset.periods).toEqual([]);
    expect(parseDataset(withPeriods([]))).toMatchObject({ ok: true, problems: [] });
  });

  it('drops a broken period with a problem naming it, and keeps the rest and every event', () => {
    const result = parseDataset(
      withPeriods([
        period({ id: 'ok-1' }),
        period({ id: 'nosrc', sources: [] }),
        { id: 'bare' },
        'not an object',
        period({ id: 'bad-date', start: '2020-02-30' }),
        period({ id: 'ok-2', label: { de: 'Nein' } }),
        period({ id: 'ok-3' }),
      ]),
    );
    expect(result.ok && result.dataset.periods.map((p) => p.id)).toEqual(['ok-1', 'ok-3']);
    expect(result.ok && result.dataset.events).toHaveLength(1);
    const problems = result.problems.map(formatProblem);
    expect(problems).toContain('periods[1] (nosrc) .sources: needs at least one source');
    expect(problems).toContain(
      'periods[4] (bad-date) .start: "2020-02-30" is not a valid date (expected YYYY, YYYY-MM or YYYY-MM-DD)',
    );
    expect(new Set(result.problems.map((p) => p.periodIndex))).toEqual(new Set([1, 2, 3, 4, 5]));
    expect(result.problems.every((p) => p.eventIndex === undefined && p.severity === 'error')).toBe(
      true,
    );
  });

  it('rejects an end before the start', () => {
    expect(
      messages(withPeriods([period({ id: 'back', start: '2020-03-01', end: '2020-02-29' })])),
    ).toEqual(['periods[0] (back) .end: "2020-02-29" is before the start date 2020-03-01']);
    expect(messages(withPeriods([period({ start: '2020-03', end: '2020' })]))).toEqual([
      'periods[0] (epca-in-force) .end: "2020" is before the start date 2020-03',
    ]);
  });

  it('reports a reused period id and keeps the first; period ids do not clash with event ids', () => {
    const result = parseDataset(
      withPeriods([
        period({ id: 'epca-signed', label: text('First') }),
        period({ id: 'epca-signed', label: text('Second') }),
      ]),
    );
    expect(result.problems.map(formatProblem)).toEqual([
      'periods[1] (epca-signed) .id: "epca-signed" is used by an earlier period',
    ]);
    expect(result.ok && result.dataset.periods.map((p) => p.label.en)).toEqual(['First']);
    expect(result.ok && result.dataset.eventsById.has('epca-signed')).toBe(true);
  });

  it('fails the file when periods is not a list', () => {
    expect(parseDataset(withPeriods({ id: 'x' }))).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('reads the shipped periods in order', () => {
    const result = parseDataset(shipped);
    expect(result.ok && result.dataset.periods.map((p) => p.id)).toEqual([
      'pca-in-force',
      'epca-provisional',
      'epca-in-force',
      'president-nazarbayev',
      'president-tokayev',
    ]);
  });
});

describe('findMissingTranslations', () => {
  it('finds no gaps in the shipped dataset', () => {
    expect(findMissingTranslations(shipped)).toEqual([]);
  });

  it('names the event and field of a missing language', () => {
    const json = minimal([event({ title: { en: 'Only English' } })]);
    expect(findMissingTranslations(json).map(formatProblem)).toEqual([
      'events[0] (epca-signed) .title: lacks kk, ru (shipped datasets need kk, en and ru)',
    ]);
  });

  it('names the period and field of a missing language', () => {
    const json = withPeriods([period({ note: { en: 'Only English', ru: 'Только по-русски' } })]);
    expect(findMissingTranslations(json).map(formatProblem)).toEqual([
      'periods[0] (epca-in-force) .note: lacks kk (shipped datasets need kk, en and ru)',
    ]);
  });
});
