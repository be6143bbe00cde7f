/**
 * Where the built site will live. SITE_URL is the public address (origin, optionally with a path);
 * BASE_PATH the path the app is served under (Vite's `base` and the router's basepath). Either may
 * carry the path: SITE_URL=https://example.org/timeline/ alone is enough.
 */
const DEFAULT_SITE_URL = 'http://127.0.0.1:4173';

const withSlashes = (path: string) => `/${path}/`.replace(/\/{2,}/g, '/');

export function basePath(env: NodeJS.ProcessEnv = process.env): string {
  const sitePath = env.SITE_URL ? withSlashes(new URL(env.SITE_URL).pathname) : '/';
  if (!env.BASE_PATH) return sitePath;
  const base = withSlashes(env.BASE_PATH);
  if (sitePath !== '/' && sitePath !== base)
    throw new Error(`SITE_URL's path ${sitePath} and BASE_PATH ${base} disagree`);
  return base;
}

/** The absolute URL of the site's base, with a trailing slash: canonical URLs start with it. */
export function siteRoot(env: NodeJS.ProcessEnv = process.env): string {
  const site = new URL(env.SITE_URL || DEFAULT_SITE_URL);
  if (site.protocol !== 'https:' && site.protocol !== 'http:')
    throw new Error(`SITE_URL must be an http(s) address, not ${site.href}`);
  return new URL(basePath(env), site.origin).href;
}
