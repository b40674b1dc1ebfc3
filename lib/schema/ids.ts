import { z } from 'zod';

/** Version of the fact-file format. Bump it with a migration when a file's meaning changes. */
export const SCHEMA_VERSION = 1;

/** Lower-case slug used for ids of facts, people, parties, groups and sources. */
export const slugId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and hyphens');

/**
 * A place a fact can be about: an admin-1 region (ISO 3166-2, e.g. "UA-14"), the whole
 * country (ISO 3166-1 alpha-2, e.g. "UA"), or a region group id (e.g. "donbas").
 */
export const placeId = z.string().min(1);
