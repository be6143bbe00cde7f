/**
 * Part of the vis adapter: the room the timeline has. On wider screens it fills its box and the
 * lanes share that height; on phones it grows with its lanes and the page scrolls (no scroll box
 * inside the page). Calls `changed` when the box, the plot (the lane names' width) or the kind of
 * screen changes, since labels are laid out for that room.
 */
const FILL_QUERY = '(min-width: 768px)';

export class PlotSize {
  readonly #container: HTMLElement;
  readonly #fill = window.matchMedia(FILL_QUERY);
  readonly #resize: ResizeObserver;
  readonly #onMedia: () => void;

  constructor(container: HTMLElement, changed: (screenChanged: boolean) => void) {
    this.#container = container;
    this.#onMedia = () => changed(true);
    this.#fill.addEventListener('change', this.#onMedia);
    this.#resize = new ResizeObserver(() => changed(false));
    this.#resize.observe(container);
  }

  /** Also watch the plot, once vis has made it. */
  observePlot(): void {
    const plot = this.#container.querySelector('.vis-panel.vis-center');
    if (plot) this.#resize.observe(plot);
  }

  /** vis's height options for this screen. */
  options(): { height: string | undefined; verticalScroll: boolean } {
    return this.#fill.matches
      ? { height: '100%', verticalScroll: true }
      : { height: undefined, verticalScroll: false };
  }

  /**
   * The drawing area's width in px; until vis has drawn its lane names, the box less the width
   * the names take (styles.css: 6rem on small phones, 9.5rem elsewhere, with padding and border).
   * A close estimate lays the first items out as the next layout will, so the lanes keep their
   * height when the real width is known (no layout shift).
   */
  width(lanes: boolean): number {
    const plot = this.#container.querySelector('.vis-panel.vis-center');
    if (plot?.clientWidth) return plot.clientWidth;
    const names = !lanes ? 0 : window.matchMedia('(max-width: 640px)').matches ? 110 : 172;
    return Math.max(160, (this.#container.clientWidth || 1000) - names - 2);
  }

  /** The height the lanes may take: the box less the axis; on phones about half the screen. */
  lanesHeight(): number {
    const axis =
      this.#container.querySelector<HTMLElement>('.vis-panel.vis-top')?.offsetHeight || 44;
    if (this.#fill.matches) return Math.max(120, this.#container.clientHeight - axis - 4);
    return Math.max(240, Math.round(window.innerHeight * 0.5));
  }

  destroy(): void {
    this.#resize.disconnect();
    this.#fill.removeEventListener('change', this.#onMedia);
  }
}
