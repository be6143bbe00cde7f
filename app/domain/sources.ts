import { OFFICIAL_KINDS, type SourceKind } from './vocabulary.ts';

/** The URL itself if it is http(s), else undefined: the renderer checks again what the schema checked. */
export function safeHttpUrl(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** `https://www.astanatimes.com/2015/12/x` → `astanatimes.com` */
export function sourceDomain(value: string): string {
  try {
    return new URL(value).hostname.replace(/^www\./, '');
  } catch {
    return value;
  }
}

/** Whether an event cites at least one official or legal-text source. */
export function hasOfficialSource(event: {
  sources: readonly { kind?: SourceKind | undefined }[];
}) {
  return event.sources.some(
    (source) => source.kind !== undefined && OFFICIAL_KINDS.includes(source.kind),
  );
}
