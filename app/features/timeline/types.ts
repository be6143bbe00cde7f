/** What the app gives the timeline: plain data, no vis types (vis-adapter.ts converts them). */

export interface TimelineItemSpec {
  /** Unique per item; an event shown in several lanes has several items. */
  id: string;
  eventId: string;
  group?: string;
  start: Date;
  /** Exclusive end, for events drawn as ranges; absent for a box. */
  end?: Date;
  /** An event with an end date; where it is drawn as a box, both its edges are marked (a wider right border). */
  multiDay?: true;
  label: string;
  /** The language the label is really in. */
  labelLang: string;
  /** Tooltip: the title with its date. */
  title?: string;
  className: string;
}

export interface TimelineGroupSpec {
  id: string;
  label: string;
  labelLang: string;
  /** The lane's own page (a track's), its label a link to it. */
  href?: string;
}

/** An era from the dataset's `periods`: a background band across the lanes. */
export interface EraSpec {
  id: string;
  start: Date;
  /** Exclusive end (the day after the era's last day); absent while it lasts. */
  end?: Date;
  label: string;
  labelLang: string;
  /** Its dates in words, in the interface language. */
  dates: string;
  /** Tooltip: label, dates and note, in the interface language where possible. */
  title: string;
  /** 0–4: the era's colour. */
  tone: number;
}

export interface VisStrings {
  current: string;
  time: string;
  deleteSelected: string;
}

export interface TimeWindow {
  start: number;
  end: number;
}

export interface TimelineCallbacks {
  /** Text and tooltip of a period's count of events, in the interface language. */
  countLabel: (count: number) => { label: string; title: string };
  onSelect: (eventId: string) => void;
  /** The first draw is done: items are placed and the initial window is set. */
  onReady: () => void;
  /** The user moved or zoomed the window (not the app). */
  onWindowChange: (window: TimeWindow) => void;
}

export interface TimelineContent {
  groups: readonly TimelineGroupSpec[] | undefined;
  items: readonly TimelineItemSpec[];
  eras: readonly EraSpec[];
  /** Fitting spans the items only (filtered results), not up to today. */
  resultsOnly: boolean;
}

export interface TimelineTexts {
  lang: string;
  strings: VisStrings;
  /** Accessible name of the lane names, which scroll and so must be reachable by keyboard. */
  lanesLabel: string;
  /** The eras lane's name. */
  erasLabel: string;
  /** The label on the line at today's date. */
  today: string;
}
