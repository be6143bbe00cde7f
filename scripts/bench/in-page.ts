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
 * The items' texts, and the language each is marked as: a count of events reads the same in
 * every language ("12"), but the app marks what language its label is in. The count and up to 64
 * labels spread over them: cheap on a raw page of 20,000 drawn items, and it sees a filter change
 * that keeps the first and last labels.
 */
const timelineSignature = () => {
  const items = labels();
  const step = Math.max(1, Math.floor(items.length / 64));
  const parts: string[] = [String(items.length)];
  for (let index = 0; index < items.length; index += step) {
    const label = items[index];
    parts.push(
      `${label?.textContent ?? ''}@${label?.querySelector<HTMLElement>('[lang]')?.lang ?? ''}`,
    );
  }
  return parts.join('|');
};

/** The app's chronology: how many entries it draws, and their text. */
const listSignature = () =>
  `${document.querySelectorAll('#event-list li').length}|${document.querySelector('#event-list')?.textContent ?? ''}`;

/** The texts of the app's timeline items. */
const itemLabels = () =>
  Array.from(
    document.querySelectorAll('.bt-timeline .bt-item-label'),
    (label) => label.textContent,
  ).join('|');

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
   * Performs `action`, waits until what the user sees changed and that change was painted;
   * resolves with ms. With `timeline`, also until the timeline's items show the change (the app
   * lets the rest of the page paint first on a language switch) and resolves with both times.
   */
  async timeAction(action: PageAction, timeline: boolean): Promise<number | [number, number]> {
    const watched = timeline ? [signature, timelineSignature] : [signature];
    const before = watched.map((read) => read());
    const t0 = performance.now();
    perform(action);
    const times = await untilPainted(watched, before, t0);
    return timeline ? [times[0] ?? NaN, times[1] ?? NaN] : (times[0] ?? NaN);
  },
  /**
   * For `npm run measure` (the app only): performs `action`; resolves with the ms until the
   * chronology's change was painted, and until the timeline's items' was.
   */
  async timeListAndTimeline(action: PageAction): Promise<[number, number]> {
    const watched = [listSignature, itemLabels];
    const before = watched.map((read) => read());
    const t0 = performance.now();
    perform(action);
    const [list = NaN, timeline = NaN] = await untilPainted(watched, before, t0);
    return [list, timeline];
  },
};

/**
 * For each of `watched`, the ms from `t0` until a frame showing its change had been painted. A
 * change already made when `action` returned is painted by the next frame; one first seen in a
 * frame's animation-frame callback is painted at the end of that frame, and a task posted from
 * that callback runs after the paint. (Waiting for one more frame after seeing the change, as
 * this probe did until the fourteenth session, added up to a frame, ~16 ms, to every change that
 * came after the action had returned: the app's, not the raw page's synchronous updates.)
 */
async function untilPainted(
  watched: (() => string)[],
  before: string[],
  t0: number,
): Promise<number[]> {
  const paintedIn: Promise<number>[] = [];
  const changed = (index: number) => watched[index]?.() !== before[index];
  const shownIn: number[] = watched.map((_, index) => (changed(index) ? 1 : 0));
  let frameNo = 0;
  do {
    await nextFrame();
    frameNo++;
    paintedIn[frameNo] = new Promise((resolve) =>
      setTimeout(() => resolve(performance.now() - t0), 0),
    );
    shownIn.forEach((frame, index) => {
      if (frame === 0 && changed(index)) shownIn[index] = frameNo;
    });
    if (performance.now() - t0 > 60_000) throw new Error('nothing changed');
  } while (shownIn.includes(0));
  return Promise.all(shownIn.map((frame) => paintedIn[frame] ?? Promise.resolve(NaN)));
}

export type Probe = typeof probe;

win.__probe = probe;
