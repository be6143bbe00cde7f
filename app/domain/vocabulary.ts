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

/**
 * The steps of a track's process an event can mark. An agreement goes from a negotiating mandate
 * to entry into force (and later review); a standing dialogue or council only meets.
 */
export const STAGES = [
  'mandate',
  'launch',
  'negotiation-round',
  'initialling',
  'signature',
  'ratification',
  'provisional-application',
  'entry-into-force',
  'review',
  'meeting',
] as const;
export type Stage = (typeof STAGES)[number];

/**
 * Who stands behind a source: an EU institution or a Kazakh state body (`official`), the text of
 * a treaty, law or legal act wherever it is published (`legal-text`), a news agency, other media,
 * or a secondary source (research, blogs, aggregators and copies of other pages).
 */
export const SOURCE_KINDS = [
  'official',
  'legal-text',
  'news-agency',
  'media',
  'secondary',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
/** The kinds that make an event count as "officially sourced". */
export const OFFICIAL_KINDS: readonly SourceKind[] = ['official', 'legal-text'];

export const EVENT_STATUSES = ['held', 'planned', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const PARTY_KINDS = ['state', 'organization', 'institution'] as const;
