/** The iCalendar writer (ical.js): one all-day event per dated event, stable UIDs. */
import ICAL from 'ical.js';
import type { TimelineEvent } from '../../domain/dataset-schema.ts';
import { formatDateRange } from '../../domain/format-date.ts';
import { localize } from '../../domain/localize.ts';
import { endOf, parsePartialDate, startOf } from '../../domain/partial-date.ts';
import {
  eventLink,
  exportFileName,
  sourceLine,
  stageText,
  type ExportFile,
  type ExportInput,
} from './export-common.ts';

const icalDate = (date: Date) =>
  ICAL.Time.fromData({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    isDate: true,
  });

/**
 * The all-day span an event covers: from its first day to the day after its last (DTEND is
 * exclusive). A month- or year-precision date spans the whole month or year, because putting it
 * on the 1st would state a day the sources do not give; the description says so in words.
 */
function allDaySpan(event: TimelineEvent): { start: Date; end: Date } | undefined {
  const start = parsePartialDate(event.date);
  const end = parsePartialDate(event.end ?? event.date);
  if (!start || !end) return undefined;
  return { start: startOf(start), end: endOf(end) };
}

const ICS_STATUS = { held: 'CONFIRMED', planned: 'TENTATIVE', cancelled: 'CANCELLED' } as const;

/**
 * The calendar. For the subscription (`data/kz-eu.ics`), `sequence` gives each event's revision
 * (it grows when the event changes), so subscribed calendars replace the entry.
 */
export function buildIcs(
  input: ExportInput,
  { sequence }: { sequence?: ReadonlyMap<string, number> } = {},
): ExportFile {
  const { dataset, lang, labels } = input;
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.addPropertyWithValue('prodid', `-//Bilateral Timeline//${dataset.id}//${lang}`);
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('x-wr-calname', localize(dataset.title, lang).text);
  const stamp = ICAL.Time.fromJSDate(input.now, true);

  for (const event of input.events) {
    const span = allDaySpan(event);
    if (!span) continue;
    const vevent = new ICAL.Component('vevent');
    const dateText = formatDateRange(event.date, event.end, lang);
    const precise = [event.date, event.end ?? event.date].every(
      (value) => parsePartialDate(value)?.precision === 'day',
    );
    const note = event.note && localize(event.note, lang).text;
    const description = [
      [
        precise ? dateText : labels.approximate(dateText),
        labels.types[event.type],
        labels.statuses[event.status],
        stageText(input, event),
      ]
        .filter(Boolean)
        .join(' · '),
      localize(event.summary, lang).text,
      note,
      `${labels.sources}:\n${event.sources.map(sourceLine).join('\n')}`,
    ]
      .filter(Boolean)
      .join('\n\n');
    vevent.addPropertyWithValue('uid', `${event.id}@${dataset.id}.bilateral-timeline`);
    vevent.addPropertyWithValue('dtstamp', stamp);
    vevent.addPropertyWithValue('dtstart', icalDate(span.start));
    vevent.addPropertyWithValue('dtend', icalDate(span.end));
    vevent.addPropertyWithValue('summary', localize(event.title, lang).text);
    vevent.addPropertyWithValue('description', description);
    if (event.place) vevent.addPropertyWithValue('location', localize(event.place, lang).text);
    vevent.addPropertyWithValue('url', eventLink(input.appUrl, lang, event.id));
    vevent.addPropertyWithValue('categories', labels.types[event.type]);
    vevent.addPropertyWithValue('status', ICS_STATUS[event.status]);
    const revision = sequence && (sequence.get(event.id) ?? 0);
    if (revision !== undefined) vevent.addPropertyWithValue('sequence', revision);
    calendar.addSubcomponent(vevent);
  }
  return {
    name: exportFileName(dataset.id, lang, input.now, 'ics'),
    type: 'text/calendar;charset=utf-8',
    text: `${calendar.toString()}\r\n`,
  };
}
