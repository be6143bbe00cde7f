import { describe, expect, it } from 'vitest';
import { shippedDataset } from './testing/shipped-dataset.ts';
import { storyWalk } from './story-walk.ts';

describe('storyWalk', () => {
  it('gives each step its event and its position in the story', () => {
    const dataset = shippedDataset();
    const story = dataset.stories[0];
    if (!story) throw new Error('the shipped dataset has no story');
    const walk = storyWalk(dataset, story);
    expect(walk.map((item) => item.event.id)).toEqual(story.steps.map((step) => step.event));
    expect(walk.map((item) => `${item.current}/${item.total}`)).toEqual(
      story.steps.map((_, index) => `${index + 1}/${story.steps.length}`),
    );
  });

  it('skips a step whose event is missing and keeps the others’ positions', () => {
    const dataset = shippedDataset();
    const story = dataset.stories[0];
    if (!story?.steps[0]) throw new Error('the shipped dataset has no story');
    const broken = {
      ...story,
      steps: [{ ...story.steps[0], event: 'no-such-event' }, ...story.steps],
    };
    const walk = storyWalk(dataset, broken);
    expect(walk).toHaveLength(story.steps.length);
    expect(walk[0]?.current).toBe(2);
  });
});
