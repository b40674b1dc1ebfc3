import { readFileSync } from 'node:fs';
import path from 'node:path';
import { conflict as conflictSchema, type Conflict } from '../schema';

/** The Ukraine conflict file, for tests. */
export function ukraineConflict(): Conflict {
  return conflictSchema.parse(
    JSON.parse(readFileSync(path.join(__dirname, '../../data/ukraine/conflict.json'), 'utf8')),
  );
}

/** A made-up conflict: two fictional parties and one person, no real facts (for rule tests). */
export function eastlandConflict(): Conflict {
  return conflictSchema.parse({
    schemaVersion: 2,
    id: 'eastland',
    title: 'Eastland war (fictional)',
    description: 'A fictional conflict for tests.',
    country: { id: 'EL', name: 'Eastland' },
    mapParty: 'north-front',
    controlParties: ['north-front', 'eastland'],
    parties: [
      { id: 'north-front', name: 'Northern Liberation Front', aliases: ['NLF'], color: '#aa3333' },
      {
        id: 'eastland',
        name: 'Eastland',
        aliases: ['the army', 'Eastland army'],
        color: '#3333aa',
      },
    ],
    people: [
      {
        id: 'nlf-statement',
        name: 'Northern Liberation Front (official statement)',
        aliases: [],
        party: 'north-front',
        roles: [{ title: 'statement' }],
      },
      { id: 'mara-olsen', name: 'Mara Olsen', aliases: ['Olsen'], party: 'eastland', roles: [] },
    ],
    gazetteer: [{ target: 'EL-01', names: ['Northmark', 'Northmark region'] }],
    places: [{ id: 'hillcross', name: 'Hillcross', aliases: [], kind: 'town', region: 'EL-01' }],
  });
}
