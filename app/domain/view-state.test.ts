import { describe, expect, it } from 'vitest';
import { parseSearch, stringifySearch } from './view-state.ts';

describe('view-state search string', () => {
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
    const parsed = parseSearch(`?q=${'a'.repeat(10_000)}&track=epca`);
    expect(parsed).toEqual({ track: 'epca' });
  });

  it('survives malformed percent-encoding and injection strings', () => {
    expect(() => parseSearch('?q=%E0%A4%A&x=<script>alert(1)</script>')).not.toThrow();
    expect(parseSearch('?x=%3Cscript%3E').x).toBe('<script>');
  });

  it('keeps the first of repeated keys', () => {
    expect(parseSearch('?q=a&q=b')).toEqual({ q: 'a' });
  });
});
