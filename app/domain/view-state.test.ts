import { describe, expect, it } from 'vitest';
import { shippedDataset } from './testing/shipped-dataset.ts';
import {
  DEFAULT_VIEW_STATE,
  normalizeViewState,
  parseSearch,
  parseViewState,
  serializeViewState,
  stringifySearch,
} from './view-state.ts';

const dataset = shippedDataset();

const roundTrip = (search: string) =>
  stringifySearch(
    serializeViewState(normalizeViewState(parseViewState(parseSearch(search)), dataset)),
  );

describe('search string', () => {
  it('round-trips parameters in canonical order with readable commas', () => {
    const search = stringifySearch({
      q: 'visa',
      party: 'kz,eu-commission',
      zzz: '1',
      track: 'epca',
    });
    expect(search).toBe('?party=kz,eu-commission&track=epca&q=visa&zzz=1');
    expect(parseSearch(search)).toEqual({
      party: 'kz,eu-commission',
      track: 'epca',
      q: 'visa',
      zzz: '1',
    });
  });

  it('omits empty and non-string values', () => {
    expect(stringifySearch({ q: '', party: undefined, x: 3 })).toBe('');
  });

  it('drops absurdly long values and keeps the rest without throwing', () => {
    expect(parseSearch(`?q=${'a'.repeat(10_000)}&track=epca`)).toEqual({ track: 'epca' });
  });

  it('survives malformed percent-encoding and injection strings', () => {
    expect(() => parseSearch('?q=%E0%A4%A&x=<script>alert(1)</script>')).not.toThrow();
    expect(parseSearch('?x=%3Cscript%3E').x).toBe('<script>');
  });
});

describe('view state', () => {
  it('parses the documented example and writes it back canonically', () => {
    const example =
      '?party=kz,eu-commission&match=all&type=negotiation-round&track=epca&from=2011&to=2016&status=held&q=visa&group=type';
    const state = parseViewState(parseSearch(example));
    expect(state).toMatchObject({
      party: ['kz', 'eu-commission'],
      match: 'all',
      type: ['negotiation-round'],
      track: ['epca'],
      status: ['held'],
      from: '2011',
      to: '2016',
      q: 'visa',
      group: 'type',
    });
    expect(roundTrip(example)).toBe(
      '?party=kz,eu-commission&match=all&type=negotiation-round&track=epca&status=held&from=2011&to=2016&q=visa&group=type',
    );
  });

  it('omits defaults', () => {
    expect(serializeViewState(DEFAULT_VIEW_STATE)).toEqual({});
    expect(roundTrip('?group=track&match=any&q=')).toBe('');
  });

  it('is idempotent: canonical strings parse back to themselves', () => {
    for (const search of [
      '?party=eu&track=epca,visa-readmission',
      '?type=summit&from=2020-01-05&start=2019-01-01&end=2021-01-01',
    ]) {
      const once = roundTrip(search);
      expect(roundTrip(once)).toBe(once);
    }
  });

  it('drops invalid values and keeps the valid ones', () => {
    const state = normalizeViewState(
      parseViewState(
        parseSearch(
          '?party=kz,mars,<b>,EU&type=summit,party&status=maybe,held&from=2015-13-01&to=2016&group=weird&match=some',
        ),
      ),
      dataset,
    );
    expect(state).toMatchObject({
      party: ['kz'],
      type: ['summit'],
      status: ['held'],
      from: undefined,
      to: '2016',
      group: 'track',
      match: 'any',
    });
  });

  it('swaps a reversed date range and drops a reversed window', () => {
    expect(parseViewState({ from: '2020', to: '2010' })).toMatchObject({
      from: '2010',
      to: '2020',
    });
    expect(parseViewState({ start: '2020-01-01', end: '2010-01-01' })).toMatchObject({
      start: undefined,
      end: undefined,
    });
  });

  it('normalizes junk without throwing', () => {
    const junk = [
      '',
      '?',
      '?&&&=',
      `?q=${'x'.repeat(10_000)}`,
      `?party=${'a,'.repeat(5000)}`,
      '?q=%00%01%1F',
      '?q=<img src=x onerror=alert(1)>',
      '?from=javascript:alert(1)',
      '?start=2020-02-30&end=2020-03-01',
      '?q=%252525',
      '?__proto__=1&constructor=2',
    ];
    for (const search of junk) expect(() => roundTrip(search)).not.toThrow();
    expect(parseViewState(parseSearch('?q=%00%01hello%1F')).q).toBe('hello ');
    expect(parseViewState(parseSearch('?q=<img src=x onerror=alert(1)>')).q).toBe(
      '<img src=x onerror=alert(1)>',
    );
    expect(parseViewState(parseSearch('?start=2020-02-30&end=2020-03-01'))).toMatchObject({
      start: undefined,
    });
  });

  it('caps a long query at 200 characters', () => {
    expect(parseViewState({ q: 'a'.repeat(500) }).q).toHaveLength(200);
  });

  it('orders list values as the dataset does', () => {
    expect(roundTrip('?party=uz,kz&type=summit,agreement-signing')).toBe(
      '?party=kz,uz&type=agreement-signing,summit',
    );
  });

  it('keeps embed=1 last, and only that value', () => {
    expect(roundTrip('?embed=1&track=epca')).toBe('?track=epca&embed=1');
    expect(parseViewState(parseSearch('?embed=1')).embed).toBe(true);
    expect(roundTrip('?embed=true')).toBe('');
    expect(roundTrip('?embed=0&q=visa')).toBe('?q=visa');
  });
});

describe('eras in the view state', () => {
  it('shows eras by default, hides them with eras=0, and writes only the hidden state', () => {
    expect(parseViewState({}).eras).toBe(true);
    expect(parseViewState({ eras: '0' }).eras).toBe(false);
    expect(parseViewState({ eras: 'nonsense' }).eras).toBe(true);
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, eras: false })).toEqual({ eras: '0' });
    expect(serializeViewState(DEFAULT_VIEW_STATE)).toEqual({});
  });
});
