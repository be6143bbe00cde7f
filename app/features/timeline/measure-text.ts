/**
 * Width of a text in the page's font at `size` px (12: items' labels; 13: the time axis),
 * measured once per text.
 */
export function textMeasurer(container: HTMLElement, size = 12): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();
  const family = getComputedStyle(container).fontFamily || 'sans-serif';
  if (context) context.font = `${size}px ${family}`;
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      width = context ? context.measureText(text).width : text.length * 7;
      cache.set(text, width);
    }
    return width;
  };
}
