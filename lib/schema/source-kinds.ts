/**
 * What kind of publisher a source is. `wire`: a news agency (Reuters, AP, AFP, Interfax…), also
 * when read in a paper that reprints it; `outlet`: a newspaper, broadcaster or news site with its
 * own reporting; `official`: a government, army, UN or other body speaking for itself;
 * `analyst`: a research institute or think tank (ISW, CSIS, Crisis Group…); `state-media`: a
 * party's state-run media (name the party in `party`); `aggregator`: a site that copies or
 * summarises others' reporting without its own; `reference`: an encyclopedia or its mirror.
 *
 * Kept apart from the zod schemas so pages can list the kinds without loading zod.
 */
export const SOURCE_KINDS = [
  'wire',
  'outlet',
  'official',
  'analyst',
  'state-media',
  'aggregator',
  'reference',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
