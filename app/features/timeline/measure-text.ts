/** Width of a label's text as items draw it (12 px, the page's font), measured once per text. */
export function textMeasurer(container: HTMLElement): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();
  const family = getComputedStyle(container).fontFamily || 'sans-serif';
  if (context) context.font = `12px ${family}`;
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      width = context ? context.measureText(text).width : text.length * 7;
      cache.set(text, width);
    }
    return width;
  };
}
