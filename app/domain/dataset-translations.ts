/**
 * What a shipped dataset needs beyond a valid file: every text in all three languages. Used by
 * `npm run data:check`; the app itself falls back to another language and marks it.
 */
import type { DatasetProblem } from './dataset-problem.ts';
import { idOf, valueAt } from './dataset-raw.ts';
import { LANGUAGES } from './languages.ts';

/** `kk, en and ru`: the registry's languages, as the problems name them. */
const ALL_LANGUAGES = `${LANGUAGES.slice(0, -1).join(', ')} and ${LANGUAGES.slice(-1).join('')}`;

/** Shipped datasets must carry every text in all three languages. */
export function findMissingTranslations(json: unknown): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const visit = (node: unknown, path: PropertyKey[]) => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => visit(child, [...path, i]));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    const keys = Object.keys(record);
    const isText =
      keys.length > 0 && keys.every((key) => (LANGUAGES as readonly string[]).includes(key));
    if (isText) {
      const missing = LANGUAGES.filter((lang) => typeof record[lang] !== 'string');
      if (missing.length > 0) {
        const [list, index] = path;
        const inItem = (list === 'events' || list === 'periods') && typeof index === 'number';
        const id = inItem ? idOf(valueAt(json, [list, index])) : undefined;
        problems.push({
          ...(inItem && list === 'events' ? { eventIndex: index, eventId: id } : {}),
          ...(inItem && list === 'periods' ? { periodIndex: index, periodId: id } : {}),
          path: inItem ? path.slice(2) : path,
          message: `lacks ${missing.join(', ')} (shipped datasets need ${ALL_LANGUAGES})`,
          severity: 'error',
        });
      }
      return;
    }
    for (const key of keys) visit(record[key], [...path, key]);
  };
  visit(json, []);
  return problems;
}
