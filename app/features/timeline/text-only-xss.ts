/**
 * Stands in for the `xss` package inside vis-timeline (see `resolve.alias` in vite.config.ts).
 *
 * vis-timeline passes every string it shows (axis labels, and item or group content when given as
 * a string) through `new FilterXSS().process()` before assigning it to `innerHTML`. `xss` keeps a
 * list of "safe" tags; this app never gives vis HTML (items and lanes are DOM nodes built with
 * `textContent`, labels are moment's date text), so the stricter answer is to escape everything:
 * any string vis shows is text. It also drops `xss` and `cssfilter` (6.5 kB gzip) from the
 * timeline chunk, and escaping is cheaper than parsing each axis label as HTML on every redraw.
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

class FilterXSS {
  process(html: unknown): string {
    return escapeHtml(String(html));
  }
}

export default { FilterXSS };
