import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../domain/languages.ts';
import { localize } from '../../domain/localize.ts';
import { buildIcs } from './export-files.ts';
import {
  APP,
  eventById,
  hostileDataset,
  input,
  must,
  shipped,
  throughUtf8,
  wellFormed,
} from './testing/export-fixtures.ts';

describe('ICS', () => {
  const read = (text: string) => {
    const calendar = ICAL.Component.fromString(throughUtf8(text));
    return calendar.getAllSubcomponents('vevent').map((vevent) => ({
      uid: vevent.getFirstPropertyValue('uid'),
      start: String(vevent.getFirstPropertyValue('dtstart')),
      end: String(vevent.getFirstPropertyValue('dtend')),
      isDate: (vevent.getFirstPropertyValue('dtstart') as ICAL.Time).isDate,
      summary: vevent.getFirstPropertyValue('summary'),
      description: String(vevent.getFirstPropertyValue('description')),
      url: vevent.getFirstPropertyValue('url'),
      location: vevent.getFirstPropertyValue('location'),
      calendar,
    }));
  };

  it.each(LANGUAGES)('%s: one all-day event per entry, with its deep link', (lang) => {
    const events = shipped.events.filter((event) => event.track === 'pca');
    const file = buildIcs(input(shipped, events, lang));
    expect(file.name).toBe(`kz-eu_${lang}_2026-11-25.ics`);
    expect(file.text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(file.text).toContain('PRODID:');
    const vevents = read(file.text);
    expect(vevents.map((vevent) => vevent.uid)).toEqual(
      events.map((event) => `${event.id}@kz-eu.bilateral-timeline`),
    );
    expect(vevents.every((vevent) => vevent.isDate)).toBe(true);
    expect(vevents.map((vevent) => vevent.summary)).toEqual(
      events.map((event) => localize(event.title, lang).text),
    );
    expect(vevents.map((vevent) => vevent.url)).toEqual(
      events.map((event) => `${APP}${lang}/events/${event.id}`),
    );
    const signed = vevents.find((vevent) => vevent.uid?.toString().startsWith('pca-signed@'));
    expect([signed?.start, signed?.end]).toEqual(['1995-01-23', '1995-01-24']);
  });

  it('spans month- and year-precision dates over the whole period and says so', () => {
    const base = eventById('epca-signed');
    const events = [
      { ...base, id: 'm', date: '2015-12', end: undefined },
      { ...base, id: 'y', date: '2015', end: undefined },
      { ...base, id: 'r', date: '2015-12-21', end: '2015-12-22' },
      { ...base, id: 'feb', date: '2016-02', end: undefined },
    ];
    const vevents = read(buildIcs(input(shipped, events, 'en')).text);
    expect(vevents.map((vevent) => [vevent.start, vevent.end])).toEqual([
      ['2015-12-01', '2016-01-01'],
      ['2015-01-01', '2016-01-01'],
      ['2015-12-21', '2015-12-23'],
      ['2016-02-01', '2016-03-01'],
    ]);
    expect(vevents[0]?.description).toContain('December 2015 (no exact day in the sources');
    expect(vevents[2]?.description).not.toContain('no exact day');
  });

  it('states the stage and who took it in the description', () => {
    const events = [eventById('european-parliament-consent-epca'), eventById('epca-signed')];
    const [consent, signed] = read(buildIcs(input(shipped, events, 'ru')).text);
    expect(consent?.description.split('\n')[0]).toContain('Ратификация — Европейский парламент');
    expect(signed?.description.split('\n')[0]).toContain(' · Подписание');
  });

  it('round-trips hostile text (no injected components)', () => {
    const dataset = hostileDataset();
    const events = dataset.events.filter((event) => event.id.startsWith('hostile-'));
    for (const lang of LANGUAGES) {
      const vevents = read(buildIcs(input(dataset, events, lang)).text);
      expect(vevents.map((vevent) => vevent.uid)).toEqual(
        events.map((event) => `${event.id}@kz-eu.bilateral-timeline`),
      );
      expect(vevents.map((vevent) => vevent.summary)).toEqual(
        events.map((event) => wellFormed(localize(event.title, lang).text)),
      );
      expect(vevents.map((vevent) => vevent.location)).toEqual(
        events.map((event) => wellFormed(localize(must(event.place), lang).text)),
      );
      vevents.forEach((vevent, index) =>
        expect(vevent.description).toContain(
          wellFormed(localize(must(events[index]).summary, lang).text),
        ),
      );
    }
  });

  it('for the subscription: every event with its revision as SEQUENCE and its status', () => {
    const sequence = new Map([['epca-signed', 2]]);
    const events = read(buildIcs(input(shipped, shipped.events, 'en'), { sequence }).text);
    expect(events).toHaveLength(shipped.events.length);
    const raw = buildIcs(input(shipped, shipped.events, 'en'), { sequence }).text;
    expect(raw).toContain('SEQUENCE:2');
    expect(raw.match(/SEQUENCE:/g)).toHaveLength(shipped.events.length);
    expect(raw.match(/STATUS:CONFIRMED/g)?.length).toBeGreaterThan(0);
  });
});
