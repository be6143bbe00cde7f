/**
 * The baseline for `npm run bench`: the same dataset in a bare vis-timeline, written the way its
 * documentation shows (one DataSet, a DataView for filtering, fit to all items on start), with no
 * app around it. `window.bench` exposes the interactions the benchmark times.
 */
import 'moment/dist/locale/kk';
import 'moment/dist/locale/ru';
import { DataSet, DataView } from 'vis-data/esnext';
import { Timeline } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';

type Lang = 'kk' | 'en' | 'ru';
interface RawEvent {
  id: string;
  date: string;
  end?: string;
  type: string;
  title: Record<Lang, string>;
  summary: Record<Lang, string>;
}
interface Item {
  id: string;
  content: string;
  start: string;
  end?: string;
  type: 'box' | 'range';
}

const params = new URLSearchParams(location.search);
let lang = (params.get('lang') ?? 'en') as Lang;
const response = await fetch(params.get('data') ?? '/data/kz-eu.json');
const events = ((await response.json()) as { events: RawEvent[] }).events;
const byId = new Map(events.map((event) => [event.id, event]));

const toItem = (event: RawEvent): Item => ({
  id: event.id,
  content: event.title[lang],
  start: event.date,
  ...(event.end ? { end: event.end, type: 'range' as const } : { type: 'box' as const }),
});
const items = new DataSet<Item>(events.map(toItem));
let predicate: (event: RawEvent) => boolean = () => true;
const view = new DataView(items, {
  filter: (item) => {
    const event = byId.get(item.id);
    return event !== undefined && predicate(event);
  },
});
const container = document.getElementById('timeline') ?? document.body;
const timeline = new Timeline(container, view, { height: '100%', locale: lang });

/** Bumped on every data change, so the benchmark sees a change vis drew no differently. */
let version = 0;
const refresh = (next: (event: RawEvent) => boolean) => {
  predicate = next;
  view.refresh();
  version++;
};

Object.assign(window, {
  bench: {
    timeline,
    get version() {
      return `${version}:${view.length}`;
    },
    filterType: (type: string | undefined) =>
      refresh(type === undefined ? () => true : (event) => event.type === type),
    search: (query: string) => {
      const needle = query.toLowerCase();
      refresh((event) =>
        (['kk', 'en', 'ru'] as const).some(
          (code) =>
            event.title[code].toLowerCase().includes(needle) ||
            event.summary[code].toLowerCase().includes(needle),
        ),
      );
    },
    setLanguage: (next: Lang) => {
      lang = next;
      timeline.setOptions({ locale: next });
      items.update(events.map((event) => ({ id: event.id, content: event.title[next] })));
      version++;
    },
  },
});
