import { z } from 'zod';

/** Version of the fact-file format. Bump it with a migration when a file's meaning changes. */
export const SCHEMA_VERSION = 2;

/**
 * The version field of a conflict or source file: files of an older version get a message that
 * says how to upgrade them, not a bare "invalid literal".
 */
export const schemaVersionField = z.literal(SCHEMA_VERSION, {
  error: (issue) =>
    issue.input === 1
      ? 'schemaVersion 1 is the old format (control model v1): run "npm run migrate -- <file or folder>" to upgrade it to schemaVersion 2'
      : `schemaVersion must be ${SCHEMA_VERSION}`,
});

/** Lower-case slug used for ids of facts, people, parties, groups and sources. */
export const slugId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and hyphens');

/**
 * A place a fact can be about: an admin-1 region (ISO 3166-2, e.g. "UA-14"), the whole
 * country (ISO 3166-1 alpha-2, e.g. "UA"), or a region group id (e.g. "donbas").
 */
export const placeId = z.string().min(1);
