import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../vite.config.ts';

describe('public/_headers', () => {
  it('carries the same Content-Security-Policy as the built HTML (plus frame-ancestors)', () => {
    const headers = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8');
    // Any site may frame the app: `?embed=1` is made for iframes, and the app has no sign-in or
    // action a framing page could trick someone into.
    expect(headers).toContain(
      `Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors *`,
    );
  });

  it('allows no eval and no inline scripts', () => {
    const scripts = CONTENT_SECURITY_POLICY.split('; ').find((directive) =>
      directive.startsWith('script-src'),
    );
    expect(scripts).toBe("script-src 'self'");
  });
});
