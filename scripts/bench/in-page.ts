/**
 * The benchmark's probe: runs inside the measured page, the app's or the raw one's. measure.ts
 * bundles this file (esbuild, to one classic script) and adds it to every page before the page's
 * own scripts; Node then reaches it only through `window.__probe` (see `callProbe` there).
 * Nothing here may import code at run time that is not meant for the browser.
 */

/** What the raw vis-timeline page (bench/raw.ts) exposes as `window.bench`. */
interface RawBench {
  version: string;
  filterType(type: string | undefined): void;
  search(query: string): void;
  setLanguage(lang: string): void;
}

/** A user action, as data: clicking, typing into an input, or calling the raw page's API. */
export type PageAction =
  | { click: string }
  | { input: string; value: string; append?: boolean }
  | { call: 'filterType' | 'search' | 'setLanguage'; arg: string | undefined };

interface LongTask {
  start: number;
  duration: number;
}

type ProbeWindow = Window & { __probe: Probe; bench?: RawBench };
const win = window as unknown as ProbeWindow;

const longTasks: LongTask[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries())
    longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
/** Resolves once a frame has been painted. */
const frame = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

const labels = () => document.querySelectorAll('.vis-item-content');

/** What the user sees of the page: changes with the data, the language, the count, the items. */
const signature = () => {
  const items = labels();
  return [
    win.bench ? win.bench.version : '',
    document.documentElement.lang,
    document.querySelector('[role="status"]')?.textContent ?? '',
    items.length,
    items[0]?.textContent ?? '',
    items[items.length - 1]?.textContent ?? '',
  ].join('|');
};

/**
 * An item's text, and the language it is marked as: a count of events reads the same in every
 * language ("12"), but the app marks what language its label is in.
 */
const timelineSignature = () => {
  const items = labels();
  const text = (label: Element | undefined) =>
    label ? `${label.textContent}@${label.querySelector<HTMLElement>('[lang]')?.lang ?? ''}` : '';
  return [items.length, text(items[0]), text(items[items.length - 1])].join('|');
};

const visible = () => {
  const root = document.querySelector<HTMLElement>('.vis-timeline');
  return (
    !!root &&
    root.style.visibility !== 'hidden' &&
    labels().length > 0 &&
    !document.querySelector('.bt-timeline[aria-busy="true"]')
  );
};

function find(selector: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`no ${selector}`);
  return element;
}

/** Sets an input's value the way React notices (through the prototype's setter), then `input`. */
function setInput(selector: string, value: string, append = false) {
  const input = find(selector);
  if (!(input instanceof HTMLInputElement)) throw new Error(`${selector} is not an input`);
  // The prototype's setter, called on the input: React's own value tracker is bypassed.
  Reflect.set(HTMLInputElement.prototype, 'value', append ? input.value + value : value, input);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function perform(action: PageAction) {
  if ('click' in action) find(action.click).click();
  else if ('input' in action) setInput(action.input, action.value, action.append);
  else if (!win.bench) throw new Error('no window.bench');
  else if (action.call === 'filterType') win.bench.filterType(action.arg);
  else win.bench[action.call](action.arg ?? '');
}

const probe = {
  now: () => performance.now(),
  frame,
  /** Waits for the events to be visible; resolves with ms since navigation started. */
  waitVisible: () =>
    new Promise<number>((resolve) => {
      const check = () => (visible() ? resolve(performance.now()) : requestAnimationFrame(check));
      check();
    }),
  /**
   * Waits until every event is in: a large file's first events are drawn while the rest is
   * read, and the app marks that time busy. Resolves with ms since navigation started.
   */
  waitComplete: () =>
    new Promise<number>((resolve) => {
      const check = () =>
        visible() && !document.querySelector('[aria-busy="true"]')
          ? resolve(performance.now())
          : requestAnimationFrame(check);
      check();
    }),
  /** When the app had the data in hand (it may have been fetched before its code ran), or NaN. */
  dataReceivedAt: () =>
    performance.getEntriesByName('bt:dataset-received')[0]?.startTime ?? Number.NaN,
  /** Durations of the long tasks that started at or after `since`. */
  longTasksSince: (since: number) =>
    longTasks.filter((task) => task.start >= since).map((task) => task.duration),
  /**
   * Performs `action`, waits until what the user sees changed and a frame was painted; resolves
   * with ms. With `timeline`, it then also waits until the timeline's items show the change (the
   * app lets the rest of the page paint first on a language switch) and resolves with both times.
   */
  async timeAction(action: PageAction, timeline: boolean): Promise<number | [number, number]> {
    const before = signature();
    const beforeTimeline = timelineSignature();
    const t0 = performance.now();
    const until = async (changed: () => boolean) => {
      while (!changed()) {
        await nextFrame();
        if (performance.now() - t0 > 60_000) throw new Error('nothing changed');
      }
      await frame();
      return performance.now() - t0;
    };
    perform(action);
    const first = await until(() => signature() !== before);
    if (!timeline) return first;
    return [first, await until(() => timelineSignature() !== beforeTimeline)];
  },
};

export type Probe = typeof probe;

win.__probe = probe;
