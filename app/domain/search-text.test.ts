import { describe, expect, it } from 'vitest';
import { fold, tokenize } from './search-text.ts';

describe('fold', () => {
  it('ignores case, accents and punctuation', () => {
    expect(fold('Éuropéenne!')).toBe('europeenne');
    expect(fold('E.U.')).toBe('eu');
  });

  it('treats ё as е', () => {
    expect(fold('Ёлка')).toBe(fold('елка'));
  });

  it('folds Kazakh letters to Russian ones', () => {
    expect(fold('Қазақстан')).toBe('казакстан');
    expect(fold('әғқңөұүһі')).toBe('агкноуухи');
  });
});

describe('tokenize', () => {
  it('splits on punctuation and dashes', () => {
    expect(tokenize('EU–Kazakhstan EPCA (2015), visa-free')).toEqual([
      'EU',
      'Kazakhstan',
      'EPCA',
      '2015',
      'visa',
      'free',
    ]);
  });
});
