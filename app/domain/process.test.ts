import { describe, expect, it } from 'vitest';
import { parseDataset, type Dataset } from './dataset.ts';
import { activeTracks, elapsed, trackProcess, upcomingEvents } from './process.ts';

const text = (en: string) => ({ kk: en, en, ru: en });
const event = (id: string, date: string, track: string, extra: Record<string, unknown> = {}) => ({
  id,
  date,
  type: 'other',
  parties: ['kz', 'eu'],
  track,
  title: text(id),
  summary: text(id),
  sources: [{ url: 'https://example.org', publisher: 'X', lang: 'en' }],
  ...extra,
});
const result = parseDataset({
  schemaVersion: 1,
  id: 't',
  title: text('T'),
  description: text('D'),
  updated: '2026-01-01',
  parties: [
    { id: 'kz', kind: 'state', name: text('Kazakhstan') },
    { id: 'eu', kind: 'organization', name: text('EU') },
  ],
  tracks: [
    { id: 'deal', name: text('An agreement') },
    { id: 'council', name: text('A council') },
    { id: 'visits', name: text('Visits') },
    { id: 'future', name: text('Only planned') },
  ],
  events: [
    event('mandate', '2011-04-13', 'deal', { stage: 'mandate' }),
    event('launch', '2011-06', 'deal', { stage: 'launch' }),
    event('round-1', '2012-07', 'deal', { stage: 'negotiation-round' }),
    event('round-2', '2013-10-09', 'deal', { stage: 'negotiation-round' }),
    event('signed', '2015-12-21', 'deal', { stage: 'signature' }),
    event('ratified-kz', '2016-03-25', 'deal', { stage: 'ratification', stageBy: 'kz' }),
    event('ratified-eu', '2020-01-20', 'deal', { stage: 'ratification', stageBy: 'eu' }),
    event('in-force', '2020-03-01', 'deal', { stage: 'entry-into-force' }),
    event('council-1', '2019-01-01', 'council', { stage: 'meeting' }),
    event('council-2', '2025-12-01', 'council', { stage: 'meeting' }),
    event('council-3', '2026-11', 'council', { stage: 'meeting', status: 'planned' }),
    event('visit', '2024-05-05', 'visits'),
    event('someday', '2027', 'future', { status: 'planned' }),
  ],
});
if (!result.ok) throw new Error(JSON.stringify(result.problems));
const dataset: Dataset = result.dataset;

describe('trackProcess', () => {
  it('puts an agreement on its line: reached, current, unrecorded and ahead stages', () => {
    const deal = trackProcess(dataset, 'deal');
    expect(deal?.kind).toBe('agreement');
    expect(deal?.current?.stage).toBe('entry-into-force');
    expect(deal?.steps.map((step) => [step.stage, step.state])).toEqual([
      ['mandate', 'reached'],
      ['launch', 'reached'],
      ['negotiation-round', 'reached'],
      ['initialling', 'unrecorded'],
      ['signature', 'reached'],
      ['ratification', 'reached'],
      ['provisional-application', 'unrecorded'],
      ['entry-into-force', 'current'],
    ]);
    // Several events at one stage: both rounds, both ratifications.
    expect(deal?.steps[2]?.events.map((e) => e.id)).toEqual(['round-1', 'round-2']);
    expect(deal?.steps[5]?.events.map((e) => e.stageBy)).toEqual(['kz', 'eu']);
  });

  it('counts how long each step took from the previous reached one', () => {
    const deal = trackProcess(dataset, 'deal');
    const took = Object.fromEntries(deal?.steps.map((step) => [step.stage, step.took]) ?? []);
    expect(took.mandate).toBeUndefined();
    expect(took.launch).toEqual({ years: 0, months: 1 });
    expect(took.signature).toEqual({ years: 3, months: 5 });
    expect(took['entry-into-force']).toEqual({ years: 3, months: 11 });
    expect(took.initialling).toBeUndefined();
  });

  it('treats a council that only meets as a dialogue, with the planned meeting as next step', () => {
    const council = trackProcess(dataset, 'council');
    expect(council?.kind).toBe('dialogue');
    expect(council?.current?.event.id).toBe('council-2');
    expect(council?.next?.id).toBe('council-3');
    expect(council?.steps).toHaveLength(1);
    expect(council?.steps[0]?.events.map((e) => e.id)).toEqual(['council-1', 'council-2']);
  });

  it('has no stages for a track that marks none, and no next step when none is planned', () => {
    const visits = trackProcess(dataset, 'visits');
    expect(visits?.kind).toBe('none');
    expect(visits?.steps).toEqual([]);
    expect(visits?.current).toBeUndefined();
    expect(visits?.next).toBeUndefined();
  });

  it('handles a track with only planned events: no stage reached, a next step', () => {
    const future = trackProcess(dataset, 'future');
    expect(future?.kind).toBe('none');
    expect(future?.current).toBeUndefined();
    expect(future?.next?.id).toBe('someday');
    expect(future?.perYear).toEqual([{ year: 2027, count: 1 }]);
  });

  it('counts events per year with empty years in between', () => {
    const council = trackProcess(dataset, 'council');
    expect(council?.perYear.map((y) => y.year)).toEqual([
      2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026,
    ]);
    expect(council?.perYear.find((y) => y.year === 2025)?.count).toBe(1);
    expect(council?.perYear.find((y) => y.year === 2020)?.count).toBe(0);
  });

  it('is undefined for an unknown track', () => {
    expect(trackProcess(dataset, 'nope')).toBeUndefined();
  });
});

describe('the home summary', () => {
  it('lists tracks with a stage or a planned step that moved in the last three years', () => {
    expect(activeTracks(dataset, '2026-12-01').map((p) => p.track.id)).toEqual([
      'council',
      'future',
    ]);
  });

  it('lists planned events not yet past, a month counting until its end', () => {
    expect(upcomingEvents(dataset, '2026-11-15').map((e) => e.id)).toEqual([
      'council-3',
      'someday',
    ]);
    expect(upcomingEvents(dataset, '2026-12-01').map((e) => e.id)).toEqual(['someday']);
  });
});

describe('elapsed', () => {
  it('gives whole years and months, never negative', () => {
    expect(elapsed('2020-03-01', '2026-12-01')).toEqual({ years: 6, months: 9 });
    expect(elapsed('2025-12-01', '2026-11-30')).toEqual({ years: 0, months: 11 });
    expect(elapsed('2026-12-01', '2025-01-01')).toEqual({ years: 0, months: 0 });
  });
});
