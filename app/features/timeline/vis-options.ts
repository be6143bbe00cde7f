/** Part of the vis adapter: the options vis-timeline is created with, and the chrome it is given. */
import type { TimelineOptions } from 'vis-timeline/esnext';
import type { TimeWindow, VisStrings } from './types.ts';
import {
  ERAS_LANE,
  linkElement,
  renderItem,
  textElement,
  type GroupData,
  type ItemData,
} from './vis-items.ts';

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;

export function visOptions(options: {
  lang: string;
  strings: VisStrings;
  /** The window vis starts on, before any item (see first-draw.ts). */
  parked: TimeWindow | undefined;
  size: Pick<TimelineOptions, 'height' | 'verticalScroll'>;
  countLabel: (count: number) => { label: string; title: string };
  /** The interface language when vis draws (it changes without recreating vis). */
  currentLang: () => string;
  maxMinorChars: number;
}): TimelineOptions {
  const { parked, countLabel, currentLang } = options;
  return {
    ...(parked ? { start: parked.start, end: parked.end } : {}),
    ...options.size,
    // Plain wheel scrolls the page and the lanes; Ctrl + wheel (and trackpad pinch) zooms.
    zoomKey: 'ctrlKey',
    orientation: { axis: 'top', item: 'top' },
    // Boxes start at their date; their coloured left edge marks the day.
    align: 'left',
    stack: true,
    showCurrentTime: true,
    selectable: true,
    multiselect: false,
    zoomMin: 30 * DAY,
    zoomMax: 100 * YEAR,
    margin: { item: { horizontal: 3, vertical: 3 }, axis: 3 },
    maxMinorChars: options.maxMinorChars,
    locale: options.lang,
    // The current language's strings: vis's own table lacks kk, and the today line reads them.
    locales: { [options.lang]: options.strings },
    template: (item?: ItemData) => renderItem(item, countLabel, currentLang()),
    groupTemplate: (group?: GroupData) =>
      group?.href
        ? linkElement(group.label, group.labelLang || currentLang(), group.href, group.id)
        : group
          ? textElement(
              group.label,
              group.labelLang || currentLang(),
              group.id === ERAS_LANE ? 'bt-group-label bt-eras-lane' : 'bt-group-label',
            )
          : document.createElement('span'),
  };
}

/**
 * Room vis keeps for each axis label, in characters. Years are 4: over decades the axis may then
 * step every 5 years even on a phone; closer in, month names need vis's default 7.
 */
export const axisChars = (window: TimeWindow | undefined) =>
  window && window.end - window.start > 8 * YEAR ? 4 : 7;

/** The lane names are a keyboard-reachable region; the today line carries its label. */
export function labelChrome(
  container: HTMLElement,
  texts: { lanesLabel: string; today: string },
): void {
  const lanes = container.querySelector<HTMLElement>('.vis-panel.vis-left');
  if (lanes) {
    lanes.tabIndex = 0;
    lanes.setAttribute('role', 'region');
    lanes.setAttribute('aria-label', texts.lanesLabel);
  }
  container.querySelector('.vis-current-time')?.setAttribute('data-label', texts.today);
}
