/**
 * Part of the vis adapter: the time axis's edges. vis places each minor label at its tick and
 * lets the axis cut what does not fit, so the first or last label of a window often shows only
 * its end or its start: "90" for 1990 at the left edge, "20" for 2025 at the right. After each
 * draw, a label that would be cut is hidden instead (its tick line stays).
 */

import { textMeasurer } from './measure-text.ts';

/** The label's padding (vis: 3 px on each side) and a pixel of rounding. */
const PADDING = 7;

export interface AxisLabel {
  /** Where vis placed it: its `translate(x px, y px)`. */
  transform: string;
  text: string;
}

/** Whether a label placed at `transform` cuts off at either edge of an axis `width` px wide. */
export function isCut(label: AxisLabel, width: number, measure: (text: string) => number): boolean {
  const x = Number(/translate\((-?[\d.e+-]+)px/.exec(label.transform)?.[1] ?? 0);
  return x < 0 || x + measure(label.text) + PADDING > width;
}

/**
 * Hides the minor labels that the axis would cut. `width` is the axis's width as vis measured it
 * during the draw, so nothing here reads the layout (it runs after every draw, a pan included).
 */
function hideCutLabels(
  container: HTMLElement,
  width: number,
  measure: (text: string) => number,
): void {
  if (!(width > 0)) return;
  for (const label of container.querySelectorAll<HTMLElement>(
    '.vis-panel.vis-top .vis-time-axis .vis-text.vis-minor',
  ))
    label.classList.toggle(
      'bt-axis-cut',
      isCut({ transform: label.style.transform, text: label.textContent }, width, measure),
    );
}

/** What this needs of vis's Timeline: its event after every draw, and its own measurements. */
interface DrawnTimeline {
  on(event: 'changed', handler: () => void): void;
}

/** The axis's width as vis measured it in its last draw (its own props: no layout read). */
function axisWidth(timeline: DrawnTimeline): number {
  const { body } = timeline as { body?: { domProps?: { center?: { width?: number } } } };
  return body?.domProps?.center?.width ?? 0;
}

/** After every draw of `timeline`, hides the axis labels its edges would cut. */
export function trimAxisEdges(timeline: DrawnTimeline, container: HTMLElement): void {
  // Axis labels are drawn in the timeline's font (13 px); items' labels in 12 px.
  const measure = textMeasurer(container, 13);
  timeline.on('changed', () => hideCutLabels(container, axisWidth(timeline), measure));
}
