/**
 * The dataset's optional `stories`: guided walks through events. Each is validated on its own,
 * after the events, since its steps name them: a step naming no valid event is an error (so
 * `data:check` refuses it) and is left out; a story left with no step is left out.
 */
import type { DatasetProblem } from './dataset-problem.ts';
import { fromZod, idOf } from './dataset-raw.ts';
import { storySchema, type Story } from './dataset-schema.ts';

export function parseStories(
  raw: readonly unknown[],
  eventIds: ReadonlySet<string>,
  problems: DatasetProblem[],
): Story[] {
  const stories: Story[] = [];
  const seen = new Set<string>();
  raw.forEach((item, index) => {
    const base = { storyIndex: index, storyId: idOf(item) };
    const result = storySchema.safeParse(item);
    if (!result.success) {
      problems.push(...fromZod(result.error, item, base));
      return;
    }
    const story = result.data;
    if (seen.has(story.id)) {
      problems.push({
        ...base,
        path: ['id'],
        message: `"${story.id}" is used by an earlier story`,
        severity: 'error',
      });
      return;
    }
    const steps = story.steps.filter((step, i) => {
      if (eventIds.has(step.event)) return true;
      problems.push({
        ...base,
        path: ['steps', i, 'event'],
        message: `"${step.event}" is not an event id`,
        severity: 'error',
      });
      return false;
    });
    seen.add(story.id);
    if (steps.length > 0) stories.push({ ...story, steps });
  });
  return stories;
}
