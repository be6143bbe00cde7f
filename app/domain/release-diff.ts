/**
 * A release compared with the one before it (kept in the repository under data/releases/): the
 * events it added, changed (and which fields) and removed. The build writes it as
 * `data/changes.json` for the "What changed" page and as `data/CHANGELOG.md` for people.
 */
import type { Dataset } from './dataset.ts';
import type { LocalizedText, Source, TimelineEvent } from './dataset-schema.ts';
import { localize } from './localize.ts';

export interface ReleaseDiff {
  version: string;
  previous: string;
  date: string;
  added: string[];
  changed: { id: string; fields: string[] }[];
  removed: { id: string; date: string; title: LocalizedText }[];
}

/** What a reader would call a change: a source's kind (a label we give it) is not one. */
const comparable = (key: string, value: unknown): unknown =>
  key === 'sources'
    ? (value as Source[]).map(({ url, publisher, title }) => ({ url, publisher, title }))
    : value;

function changedFields(before: TimelineEvent, after: TimelineEvent): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  keys.delete('added');
  keys.delete('updated');
  return [...keys].filter((key) => {
    const a = comparable(key, (before as Record<string, unknown>)[key]);
    const b = comparable(key, (after as Record<string, unknown>)[key]);
    return JSON.stringify(a) !== JSON.stringify(b);
  });
}

export function diffReleases(
  previous: Dataset,
  previousVersion: string,
  current: Dataset,
): ReleaseDiff {
  const changed: ReleaseDiff['changed'] = [];
  const added: string[] = [];
  for (const event of current.events) {
    const before = previous.eventsById.get(event.id);
    if (!before) {
      added.push(event.id);
      continue;
    }
    const fields = changedFields(before, event);
    if (fields.length > 0) changed.push({ id: event.id, fields });
  }
  const removed = previous.events
    .filter((event) => !current.eventsById.has(event.id))
    .map((event) => ({ id: event.id, date: event.date, title: event.title }));
  return {
    version: current.version ?? '',
    previous: previousVersion,
    date: current.updated,
    added,
    changed,
    removed,
  };
}

/** The human-readable changelog (English, Markdown): one section per release, newest first. */
export function changelogMarkdown(
  title: string,
  releases: readonly { diff: ReleaseDiff; dataset: Dataset }[],
): string {
  const line = (event: { id: string; date: string; title: LocalizedText }, extra = '') =>
    `- ${event.date} — ${localize(event.title, 'en').text} (\`${event.id}\`)${extra}`;
  const sections = releases.map(({ diff, dataset }) => {
    const event = (id: string) => dataset.eventsById.get(id);
    const list = (ids: readonly { id: string; fields?: string[] }[]) =>
      ids.flatMap(({ id, fields }) => {
        const found = event(id);
        return found ? [line(found, fields ? `: ${fields.join(', ')}` : '')] : [];
      });
    return [
      `## ${diff.version} — ${diff.date} (compared with ${diff.previous})`,
      '',
      `${diff.added.length} events added, ${diff.changed.length} changed, ${diff.removed.length} removed; ${dataset.events.length} events in all.`,
      ...(diff.added.length > 0
        ? ['', '### Added', '', ...list(diff.added.map((id) => ({ id })))]
        : []),
      ...(diff.changed.length > 0 ? ['', '### Changed (fields)', '', ...list(diff.changed)] : []),
      ...(diff.removed.length > 0
        ? ['', '### Removed', '', ...diff.removed.map((gone) => line(gone))]
        : []),
    ].join('\n');
  });
  return [
    `# Changelog: ${title}`,
    '',
    'Written by `npm run build` from the dataset and its previous releases (data/releases/).',
    '',
    sections.join('\n\n'),
    '',
  ].join('\n');
}
