import { describe, expect, it } from 'vitest';
import { changeMark, changeMarks, sinceRelease } from './changes.ts';
import { shippedDataset } from './testing/shipped-dataset.ts';

const dataset = shippedDataset();
const [base] = dataset.events;
if (!base) throw new Error('the shipped dataset has no events');

describe('changeMark', () => {
  it('marks nothing on a first visit', () => {
    expect(changeMark({ ...base, added: '2026-12-01', updated: '2026-12-01' }, undefined)).toBe(
      undefined,
    );
    expect(changeMarks(dataset, undefined).size).toBe(0);
  });

  it('marks an event added after the last seen release as new, a changed one as updated', () => {
    const since = { date: '2026-11-25', sameDay: false };
    expect(changeMark({ ...base, added: '2026-12-01', updated: '2026-12-01' }, since)).toBe('new');
    expect(changeMark({ ...base, added: '2026-11-25', updated: '2026-12-01' }, since)).toBe(
      'updated',
    );
    expect(changeMark({ ...base, added: '2026-11-25', updated: '2026-11-25' }, since)).toBe(
      undefined,
    );
  });

  it('marks nothing for a reader who saw the current release', () => {
    const seen = { date: dataset.updated, version: dataset.version };
    expect(changeMarks(dataset, sinceRelease(seen, dataset)).size).toBe(0);
  });

  it('counts a change made the day of an earlier release seen that same day', () => {
    const since = sinceRelease(
      { date: '2026-12-01', version: '1.0.0' },
      {
        updated: '2026-12-01',
        version: '1.1.0',
      },
    );
    expect(since).toEqual({ date: '2026-12-01', sameDay: true });
    expect(changeMark({ ...base, added: '2026-12-01', updated: '2026-12-01' }, since)).toBe('new');
    expect(changeMark({ ...base, added: '2026-11-25', updated: '2026-11-25' }, since)).toBe(
      undefined,
    );
  });
});
