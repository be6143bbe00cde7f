/**
 * Reading the raw, not yet validated dataset document: values at a path, item ids and short
 * previews, so that problems can name where they are and quote what is there, and zod issues
 * turned into such problems. Shared by the parser and the shipped-dataset checks.
 */
import type { core } from 'zod/mini';
import type { DatasetProblem } from './dataset-problem.ts';

export const preview = (value: unknown): string => {
  // lib.d.ts types JSON.stringify as string, but undefined (and a function) give undefined.
  const text = (JSON.stringify(value) as string | undefined) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

export function fromZod(
  error: core.$ZodError,
  root: unknown,
  base: Omit<DatasetProblem, 'path' | 'message' | 'severity'>,
): DatasetProblem[] {
  return error.issues.map((issue) => {
    const value = valueAt(root, issue.path);
    const custom =
      issue.code === 'custom' || (issue.code === 'invalid_format' && issue.format === 'regex');
    const message =
      custom && value !== undefined ? `${preview(value)} ${issue.message}` : issue.message;
    return { ...base, path: issue.path, message, severity: 'error' as const };
  });
}

export function idOf(raw: unknown): string | undefined {
  if (raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string')
    return raw.id.slice(0, 100);
  return undefined;
}
