/**
 * A story's steps with their events and positions, for the pages that list them all (the built
 * story page and the printed story). Parsing (dataset-stories.ts) already dropped steps naming no
 * event; a step whose event is missing all the same is skipped, keeping the others' positions.
 */
import type { Dataset } from './dataset.ts';
import type { Story, TimelineEvent } from './dataset-schema.ts';

export interface StoryWalkStep {
  step: Story['steps'][number];
  event: TimelineEvent;
  /** 1-based, of `total`. */
  current: number;
  total: number;
}

export function storyWalk(dataset: Dataset, story: Story): StoryWalkStep[] {
  const total = story.steps.length;
  return story.steps.flatMap((step, index) => {
    const event = dataset.eventsById.get(step.event);
    return event ? [{ step, event, current: index + 1, total }] : [];
  });
}
