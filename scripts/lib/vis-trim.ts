import { parseSync, type Plugin } from 'vite';

/**
 * vis-timeline ships Timeline and Graph2d (line and bar charts) in one module, and the bundler
 * keeps what the app never uses:
 * - **Graph2d.** Its classes are functions whose methods are set on their prototypes at the
 *   module's top level (`LineGraph.prototype = new Component()`, ...), statements a bundler must
 *   keep, and with them every chart class. They are blanked here, so the functions are unused and
 *   dropped.
 * - **vis-util's other tools.** vis-timeline copies every export of vis-util into one object
 *   (`{ ...util }`), which keeps them all, its own configurator, validator and colour picker
 *   among them. It is given only the members it reads (`availableUtils.x`).
 * - **The options tools.** The options configurator (an editor of every option, with a colour
 *   picker, made only for the `configure` option, which the app never sets) and the validator,
 *   which checks each `setOptions` call against a schema of every option and prints to the
 *   console what it finds. The app's options are fixed in code (vis-options.ts) and typed.
 * What stays is vis's own code, unchanged. Blanked text is replaced by spaces of its length, so
 * positions, and the source map, hold. If vis-timeline changes so that a trim no longer finds
 * what it expects, the build fails and says which (a unit test runs them against the installed
 * version).
 */
const VIS_TRIMS: readonly { find: string; replace: string }[] = [
  {
    find: 'return new Configurator(this, this.dom.container, configureOptions);',
    replace: 'throw new Error("vis: configure is not in this build");',
  },
  { find: 'let errorFound = Validator.validate(options, allOptions);', replace: 'let errorFound;' },
];

/** The Graph2d classes whose top-level statements (prototype set-up) are blanked. */
export const GRAPH2D = [
  'Graph2d',
  'LineGraph',
  'Legend',
  'GraphGroup',
  'Bargraph',
  'Line',
  'Points',
];

const VIS_TIMELINE = /[\\/]vis-timeline[\\/]esnext[\\/]esm[\\/]vis-timeline-graph2d\.m?js$/;

interface Node {
  type: string;
  start: number;
  end: number;
  expression?: Node;
  left?: Node;
  object?: Node;
  name?: string;
}

/** The identifier an assignment's target hangs from: `LineGraph` in `LineGraph.prototype.x`. */
function assignedRoot(statement: Node): string | undefined {
  if (statement.type !== 'ExpressionStatement') return undefined;
  const expression = statement.expression;
  if (expression?.type !== 'AssignmentExpression') return undefined;
  let target = expression.left;
  while (target?.type === 'MemberExpression') target = target.object;
  return target?.type === 'Identifier' ? target.name : undefined;
}

const blank = (text: string) => text.replace(/[^\n]/g, ' ');

const UTIL_IMPORT = "import * as util from 'vis-util/esnext/esm/vis-util.js';";
const UTIL_SPREAD = '  ...util,\n';
/** Members of vis-timeline's `availableUtils` that are its own, not vis-util's. */
const OWN_UTILS = new Set(['convert', 'setupXSSProtection', 'xss']);

/** `code` with its one `find` replaced; throws, naming what to `update`, unless it is there once. */
function replaceOnce(code: string, find: string, replace: string, update: string): string {
  if (code.split(find).length !== 2)
    throw new Error(`vis-trim: expected "${find.trim()}" once in vis-timeline; update ${update}`);
  return code.replace(find, () => replace);
}

/** `{ ...util }` becomes the vis-util members read from it, each on the line it was on. */
function onlyUsedUtils(code: string): string {
  const used = [...new Set([...code.matchAll(/availableUtils\.([\w$]+)/g)].map((m) => m[1]))]
    .filter((name): name is string => name !== undefined && !OWN_UTILS.has(name))
    .sort();
  const names = used.map((name) => `${name} as util_${name}`).join(', ');
  const members = used.map((name) => `${name}: util_${name}`).join(', ');
  const imported = replaceOnce(
    code,
    UTIL_IMPORT,
    `import { ${names} } from 'vis-util/esnext/esm/vis-util.js';`,
    'UTIL_IMPORT',
  );
  return replaceOnce(imported, UTIL_SPREAD, `  ${members},\n`, 'UTIL_SPREAD');
}

/** Applies the trims to vis-timeline's source; throws when one finds nothing to do. */
export function trimVisTimeline(code: string): string {
  let trimmed = code;
  for (const { find, replace } of VIS_TRIMS)
    trimmed = replaceOnce(trimmed, find, replace.padEnd(find.length), 'VIS_TRIMS');
  trimmed = onlyUsedUtils(trimmed);
  const parsed = parseSync('vis-timeline.mjs', trimmed);
  if (parsed.errors.length > 0) throw new Error(`vis-trim: ${parsed.errors[0]?.message ?? ''}`);
  const body = parsed.program.body as unknown as Node[];
  const graph = body.filter((statement) => GRAPH2D.includes(assignedRoot(statement) ?? ''));
  const found = new Set(graph.map(assignedRoot));
  const missing = GRAPH2D.filter((name) => !found.has(name));
  if (missing.length > 0)
    throw new Error(
      `vis-trim: no prototype set-up found for ${missing.join(', ')}; update GRAPH2D`,
    );
  for (const statement of graph.reverse())
    trimmed =
      trimmed.slice(0, statement.start) +
      blank(trimmed.slice(statement.start, statement.end)) +
      trimmed.slice(statement.end);
  return trimmed;
}

/** The build's plugin (the dev server pre-bundles vis-timeline whole, which changes nothing). */
export function visTimelineTrim(): Plugin {
  return {
    name: 'vis-timeline-trim',
    apply: 'build',
    transform(code, id) {
      return VIS_TIMELINE.test(id) ? { code: trimVisTimeline(code), map: null } : undefined;
    },
  };
}
