import type { EventType } from '../../domain/dataset-schema.ts';

/**
 * Each event type's colour lives in app/styles.css as `--type-color` on `.type-<type>`; items use it
 * for a border and a light tint behind dark text (AA contrast), and the legend and list name the
 * type in words, so colour never carries meaning alone.
 */
export function typeClass(type: EventType): string {
  return `type-${type}`;
}
