import { describe, expect, it } from 'vitest';
import { basePath, siteRoot } from './site.ts';

describe('site address', () => {
  it('defaults to the local preview at the root', () => {
    expect(basePath({})).toBe('/');
    expect(siteRoot({})).toBe('http://127.0.0.1:4173/');
  });
  it('takes the path from BASE_PATH or from SITE_URL', () => {
    expect(siteRoot({ SITE_URL: 'https://example.org', BASE_PATH: '/repo' })).toBe(
      'https://example.org/repo/',
    );
    expect(basePath({ SITE_URL: 'https://example.org/repo' })).toBe('/repo/');
    expect(siteRoot({ SITE_URL: 'https://example.org/repo/' })).toBe('https://example.org/repo/');
  });
  it('refuses a conflicting path or a non-web address', () => {
    expect(() => basePath({ SITE_URL: 'https://example.org/a/', BASE_PATH: '/b/' })).toThrow();
    expect(() => siteRoot({ SITE_URL: 'ftp://example.org' })).toThrow();
  });
});
