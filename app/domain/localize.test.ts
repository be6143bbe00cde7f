import { describe, expect, it } from 'vitest';
import { pickPreferredLang } from './languages.ts';
import { localize } from './localize.ts';

describe('localize', () => {
  it('returns the requested language when present', () => {
    expect(localize({ kk: 'Қазақстан', en: 'Kazakhstan', ru: 'Казахстан' }, 'kk')).toEqual({
      text: 'Қазақстан',
      lang: 'kk',
    });
  });

  it('falls back to English, then to any language, and says which', () => {
    expect(localize({ en: 'Kazakhstan', ru: 'Казахстан' }, 'kk')).toEqual({
      text: 'Kazakhstan',
      lang: 'en',
    });
    expect(localize({ ru: 'Казахстан' }, 'kk')).toEqual({ text: 'Казахстан', lang: 'ru' });
  });
});

describe('pickPreferredLang', () => {
  it('matches on the primary subtag in preference order', () => {
    expect(pickPreferredLang(['de-DE', 'ru-KZ', 'en'])).toBe('ru');
    expect(pickPreferredLang(['kk_KZ'])).toBe('kk');
  });

  it('returns undefined when none is supported', () => {
    expect(pickPreferredLang(['de', 'fr'])).toBeUndefined();
  });
});
