/**
 * The dataset's closed vocabularies, without the schema: the interface needs them at start-up,
 * while the validator (zod) loads in parallel with the data.
 */
export const EVENT_TYPES = [
  'agreement-signing',
  'agreement-in-force',
  'cooperation-council',
  'cooperation-committee',
  'negotiation-round',
  'summit',
  'high-level-visit',
  'dialogue',
  'memorandum',
  'strategy',
  'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_STATUSES = ['held', 'planned', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const PARTY_KINDS = ['state', 'organization', 'institution'] as const;
