/**
 * What a built page shows (app/entry-server.tsx): the language's home, or one event, track, story
 * or release, resolved against the dataset once, so the page's head and body read the same thing.
 */
import type { Dataset } from '../domain/dataset.ts';
import type { Story, TimelineEvent, Track } from '../domain/dataset-schema.ts';
import type { PageRef } from '../domain/page-meta.ts';

export type StaticTarget =
  | { kind: 'home' }
  | { kind: 'event'; event: TimelineEvent }
  | { kind: 'track'; track: Track }
  | { kind: 'story'; story: Story }
  | { kind: 'release'; version: string };

/** The page's target in the dataset; undefined where the dataset has no such event, track … */
export function resolveTarget(
  dataset: Dataset,
  page: PageRef | undefined,
): StaticTarget | undefined {
  if (!page) return { kind: 'home' };
  switch (page.kind) {
    case 'event': {
      const event = dataset.eventsById.get(page.id);
      return event && { kind: 'event', event };
    }
    case 'track': {
      const track = dataset.tracksById.get(page.id);
      return track && { kind: 'track', track };
    }
    case 'story': {
      const story = dataset.storiesById.get(page.id);
      return story && { kind: 'story', story };
    }
    case 'release':
      return page.id === dataset.version ? { kind: 'release', version: page.id } : undefined;
  }
}

/** The address's part of a target (no page for the home). */
export function targetRef(target: StaticTarget): PageRef | undefined {
  switch (target.kind) {
    case 'home':
      return undefined;
    case 'event':
      return { kind: 'event', id: target.event.id };
    case 'track':
      return { kind: 'track', id: target.track.id };
    case 'story':
      return { kind: 'story', id: target.story.id };
    case 'release':
      return { kind: 'release', id: target.version };
  }
}
