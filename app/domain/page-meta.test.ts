import { describe, expect, it } from 'vitest';
import { metaDescription, pagePath, pageTitle } from './page-meta.ts';

describe('pageTitle', () => {
  it('joins the parts that exist', () => {
    expect(pageTitle(['EPCA signed', undefined, 'Bilateral Timeline'])).toBe(
      'EPCA signed · Bilateral Timeline',
    );
  });
});

describe('metaDescription', () => {
  it('keeps a short text and collapses whitespace', () => {
    expect(metaDescription('  Two   words\n here ')).toBe('Two words here');
  });
  it('cuts a long text at a word boundary with an ellipsis', () => {
    const text = `${'Қазақстан мен Еуропалық Одақ '.repeat(10)}end`;
    const cut = metaDescription(text);
    expect(cut.length).toBeLessThanOrEqual(160);
    expect(cut.endsWith('…')).toBe(true);
    expect(text.startsWith(cut.slice(0, -1))).toBe(true);
    expect(text[cut.length - 1]).toBe(' ');
  });
});

describe('pagePath', () => {
  it('builds language, event, track and story paths', () => {
    expect(pagePath('kk')).toBe('kk');
    expect(pagePath('en', 'epca-signed')).toBe('en/events/epca-signed');
    expect(pagePath('ru', { kind: 'track', id: 'epca' })).toBe('ru/tracks/epca');
    expect(pagePath('kk', { kind: 'story', id: 'visas' })).toBe('kk/stories/visas');
    expect(pagePath('kk', { kind: 'story', id: 'visas', step: 1 })).toBe('kk/stories/visas');
    expect(pagePath('kk', { kind: 'story', id: 'visas', step: 3 })).toBe('kk/stories/visas/3');
  });
});
