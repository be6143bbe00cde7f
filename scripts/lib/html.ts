import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

/** Parses HTML as a browser does (parse5 follows the HTML standard: attribute names in lower case). */
export function parseDocument(html: string): Element {
  const document = parse(html);
  const root = document.childNodes.find((node): node is Element => 'tagName' in node);
  if (!root) throw new Error('no <html> element');
  return root;
}

function* walk(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  const children =
    'content' in node ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* walk(child);
}

export function attr(element: Element | undefined, name: string): string | undefined {
  return element?.attrs.find((a) => a.name === name)?.value;
}

/** Every element with this tag name whose attributes have these values (`true`: present). */
export function findAll(
  root: Element,
  tag: string,
  attrs: Record<string, string | true> = {},
): Element[] {
  return [...walk(root)].filter(
    (element) =>
      element.tagName === tag &&
      Object.entries(attrs).every(([name, value]) =>
        value === true ? attr(element, name) !== undefined : attr(element, name) === value,
      ),
  );
}

export function find(
  root: Element,
  tag: string,
  attrs: Record<string, string | true> = {},
): Element | undefined {
  return findAll(root, tag, attrs)[0];
}

/** The text content, as `textContent` gives it. */
export function text(node: Node | undefined): string {
  if (!node) return '';
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(text).join('') : '';
}
