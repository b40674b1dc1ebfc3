import { readFileSync } from 'node:fs';
import path from 'node:path';
import { conflict as conflictSchema, type Conflict } from '../schema';

/** The Ukraine conflict file, for tests. */
export function ukraineConflict(): Conflict {
  return conflictSchema.parse(
    JSON.parse(readFileSync(path.join(__dirname, '../../data/ukraine/conflict.json'), 'utf8')),
  );
}
