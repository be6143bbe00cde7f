/**
 * The corrections a fact-check of the record asked for (issue 16), pinned so that a later edit
 * cannot quietly undo them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasOfficialSource } from './sources.ts';
import { shippedDataset } from './testing/shipped-dataset.ts';

const dataset = shippedDataset();
const event = (id: string) => {
  const found = dataset.eventsById.get(id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
};
const allSources = [
  ...dataset.events.flatMap((item) => item.sources),
  ...dataset.tracks.flatMap((track) => track.sources ?? []),
  ...dataset.periods.flatMap((period) => period.sources),
];

describe('the record', () => {
  it('has at least 90 events, every one sourced, with the date each entered the record', () => {
    expect(dataset.events.length).toBeGreaterThanOrEqual(90);
    for (const item of dataset.events) {
      expect(item.sources.length).toBeGreaterThan(0);
      expect(item.added).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect((item.updated ?? '') >= (item.added ?? '~')).toBe(true);
    }
    expect(dataset.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('PCA in force on 1 July 1999, with a note on the Commission’s "June 1999"', () => {
    expect(event('pca-in-force').date).toBe('1999-07-01');
    expect(event('pca-in-force').note?.en).toContain('June 1999');
  });

  it('Tokayev in Brussels on 25–26 November 2021, no longer "not confirmed"', () => {
    const visit = event('tokayev-brussels-2021');
    expect([visit.date, visit.end]).toEqual(['2021-11-25', '2021-11-26']);
    expect(visit.note?.en).not.toMatch(/not confirmed/i);
    expect(visit.sources.some((source) => source.publisher.startsWith('Euractiv'))).toBe(true);
  });

  it('the 2019 Central Asia strategy: Luxembourg, and no "sheet" in its note', () => {
    const strategy = event('eu-central-asia-strategy-2019');
    expect(strategy.place?.en).toBe('Luxembourg');
    expect(strategy.note?.en).not.toMatch(/sheet/i);
    expect(strategy.note?.kk).not.toContain('Кесте');
  });

  it('the 13th Cooperation Council names Yerbol (Ербол) Orynbayev', () => {
    const council = event('cooperation-council-13');
    const names = (council.people ?? []).map((person) => person.name);
    expect(names).toContainEqual({
      kk: 'Ербол Орынбаев',
      en: 'Yerbol Orynbayev',
      ru: 'Ербол Орынбаев',
    });
    expect(JSON.stringify(council)).not.toContain('Ерболат');
  });

  it('Costa’s visit keeps 3–4 December 2025 and explains why some say 4 December', () => {
    const visit = event('costa-visit-astana-2025');
    expect([visit.date, visit.end]).toEqual(['2025-12-03', '2025-12-04']);
    expect(visit.note?.en).toContain('4 December');
  });

  it('the EPCA mandate keeps the Commission’s 13 April 2011 and notes Parliament’s 24 May', () => {
    expect(event('epca-negotiating-mandate').date).toBe('2011-04-13');
    for (const id of ['epca-negotiating-mandate', 'epca-negotiations-launched'])
      expect(event(id).note?.en).toContain('24 May 2011');
  });

  it('cites no scraper, copy, closed service, junk URL or listing page, and one name for Kazinform', () => {
    const urls = allSources.map((source) => source.url);
    for (const bad of [
      'cdnjs',
      'vimarsana.com',
      'qazaqstan.tv.',
      'questia.com',
      'arlberg-lech.com',
      'congofocus.com',
      'usmuslims.com',
      'auspol.co',
      'covert.com.pk',
      '?page=',
      '/page/',
    ])
      expect(urls.filter((url) => url.includes(bad))).toEqual([]);
    expect(allSources.filter((source) => /qazinform/i.test(source.publisher))).toEqual([]);
  });

  it('every source has a kind, and the official share is reported', () => {
    expect(allSources.every((source) => source.kind !== undefined)).toBe(true);
    expect(dataset.events.filter(hasOfficialSource).length).toBeGreaterThanOrEqual(42);
  });

  it('adds the missing events the fact-check found', () => {
    for (const id of [
      'eu-central-asia-economic-forum-almaty-2023',
      'eu-central-asia-economic-forum-tashkent-2025',
      'borrell-visit-astana-2022',
      'eu-central-asia-ministerial-18-samarkand-2022',
      'eu-central-asia-ministerial-20-ashgabat-2025',
      'raw-materials-roadmap-2025-2026',
      'tokayev-von-der-leyen-new-york-2022',
      'sikela-visit-kazakhstan-eib-loan-2025',
      'baku-initiative-energy-ministerial-astana-2006',
      'cooperation-committee-22',
      'cooperation-committee-trade-2020',
      'business-platform-9',
      'business-platform-15',
      'european-parliament-recommendation-epca-2012',
      'visa-facilitation-mandate-2025',
    ])
      expect(dataset.eventsById.has(id), id).toBe(true);
  });

  it('links the EPCA’s events to its official text', () => {
    expect(event('epca-signed').documents).toContain('epca-text');
    expect(dataset.documentsById.get('epca-text')?.reference).toContain('OJ L 29');
  });

  it('CITATION.cff names the dataset’s release', () => {
    const cff = readFileSync(new URL('../../CITATION.cff', import.meta.url), 'utf8');
    expect(cff).toContain(`version: ${String(dataset.version)}`);
    expect(cff).toContain(`date-released: ${dataset.updated}`);
  });
});
