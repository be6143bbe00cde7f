/**
 * The rules `npm run data:check` applies to a shipped dataset's sources, beyond the schema: links
 * a careful reader could not rely on (plain http where the site serves https, a host with a
 * trailing dot, junk after the path, listing pages whose content moves, scrapers and closed
 * services), and what a release must record (each source's kind, each event's added/updated
 * dates, the file's version). The app itself accepts all of these; only the shipped file must not.
 */
import type { Dataset } from '../../app/domain/dataset.ts';
import type { Source } from '../../app/domain/dataset-schema.ts';
import { hasOfficialSource } from '../../app/domain/sources.ts';

/** Domains never to cite: scrapers and copy sites, closed services, unrelated sites. */
const BLOCKED_DOMAINS: Record<string, string> = {
  'vimarsana.com': 'a scraper',
  'usmuslims.com': 'copies other outlets',
  'auspol.co': 'copies other outlets',
  'covert.com.pk': 'copies other outlets',
  'congofocus.com': 'copies other outlets',
  'government-world.com': 'copies other outlets',
  'questia.com': 'closed in 2020',
  'arlberg-lech.com': 'a motorcycle-tour site',
};

/**
 * Sites cited over plain http because no https address of the page is known (the link is kept as
 * it was found). Every other site must be cited over https; remove a host once its https address
 * is confirmed.
 */
const HTTP_ONLY_HOSTS: ReadonlySet<string> = new Set([
  'kazworld.info',
  'en.reporter-ua.ru',
  'portfolio.uspa24.com',
  'eu-china-infso.org',
  'wap.akorda.kz',
]);

/** A path segment that is a host name (`/news/1196768/cdnjs.cloudflare.com`): pasted junk. */
const HOST_SEGMENT = /^(?:[a-z0-9-]+\.)+(?:com|net|org|io|kz|eu|ru|de|uk)$/i;
const TRACKING_PARAMS = /^(?:utm_\w+|fbclid|gclid|print|amp|share)$/i;
const LISTING_PATH = /\/(?:page\/\d+|tag|tags|category|categories|aggregator|archive)(?:\/|$)/i;

/** Why a source URL is not fit to cite, or undefined when it is. */
export function sourceUrlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not a URL';
  }
  const host = url.hostname.toLowerCase();
  if (host.endsWith('.')) return `host "${host}" ends with a dot`;
  const domain = Object.keys(BLOCKED_DOMAINS).find(
    (blocked) => host === blocked || host.endsWith(`.${blocked}`),
  );
  if (domain) return `${domain} is on the blocklist (${BLOCKED_DOMAINS[domain] ?? ''})`;
  if (url.protocol === 'http:' && !HTTP_ONLY_HOSTS.has(host.replace(/^www\./, '')))
    return 'is a plain http: link (use https:, or list the host in HTTP_ONLY_HOSTS)';
  const segments = url.pathname.split('/').filter(Boolean);
  const archived = host === 'web.archive.org' || host.endsWith('.web.archive.org');
  if (!archived && segments.slice(1).some((segment) => HOST_SEGMENT.test(segment)))
    return 'has junk after the path (a host name)';
  if ([...url.searchParams.keys()].some((key) => TRACKING_PARAMS.test(key)))
    return 'has tracking or print parameters after the path';
  if (url.searchParams.has('page') || LISTING_PATH.test(url.pathname))
    return 'is a listing page (its content moves)';
  return undefined;
}

export interface ShippedReport {
  errors: string[];
  /** Events citing at least one official or legal-text source, and all events. */
  official: number;
  total: number;
}

/** The release rules for the shipped file: source URLs and kinds, dates of record, version. */
export function checkShipped(dataset: Dataset): ShippedReport {
  const errors: string[] = [];
  const checkSources = (where: string, sources: readonly Source[] | undefined) => {
    sources?.forEach((source, index) => {
      const problem = sourceUrlProblem(source.url);
      if (problem) errors.push(`${where} .sources[${index}].url: ${source.url} ${problem}`);
      if (!source.kind) errors.push(`${where} .sources[${index}].kind: is missing`);
    });
  };
  if (!dataset.version) errors.push('.version: is missing (the release, e.g. "2.0.0")');
  for (const event of dataset.events) {
    checkSources(`events (${event.id})`, event.sources);
    if (!event.added) errors.push(`events (${event.id}) .added: is missing`);
    if (!event.updated) errors.push(`events (${event.id}) .updated: is missing`);
    if (event.added && event.updated && event.updated < event.added)
      errors.push(`events (${event.id}) .updated: is before .added`);
  }
  for (const period of dataset.periods) checkSources(`periods (${period.id})`, period.sources);
  for (const track of dataset.tracks) checkSources(`tracks (${track.id})`, track.sources);
  for (const document of dataset.documents) {
    document.texts.forEach((text, index) => {
      const problem = sourceUrlProblem(text.url);
      if (problem)
        errors.push(`documents (${document.id}) .texts[${index}].url: ${text.url} ${problem}`);
    });
  }
  return {
    errors,
    official: dataset.events.filter(hasOfficialSource).length,
    total: dataset.events.length,
  };
}
