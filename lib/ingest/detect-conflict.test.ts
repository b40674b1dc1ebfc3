import { describe, expect, it } from 'vitest';
import { conflict as conflictSchema } from '../schema';
import { detectConflict } from './detect-conflict';

// Two made-up conflicts; no real facts.
const make = (id: string, country: string, party: string, alias: string, place: string) =>
  conflictSchema.parse({
    schemaVersion: 2,
    id,
    title: `${country} war (fictional)`,
    description: 'A fictional conflict for tests.',
    country: { id: id.toUpperCase().slice(0, 2), name: country },
    mapParty: 'a',
    controlParties: ['a'],
    parties: [
      { id: 'a', name: party, aliases: [alias, 'the army'], color: '#aa3333' },
      { id: 'un', name: 'United Nations', aliases: ['UN'], color: '#3333aa' },
    ],
    places: [{ id: 'p', name: place, kind: 'city', region: `${id.toUpperCase().slice(0, 2)}-01` }],
  });
const eastland = make('eastland', 'Eastland', 'Eastern Front', 'EF', 'Portvale');
const westland = make('westland', 'Westland', 'Western Guard', 'WG', 'Hillcross');

describe('detectConflict(text, conflicts)', () => {
  it('picks the conflict whose names the article uses most, and says which names', () => {
    const g = detectConflict(
      'The EF took Portvale, the army said. Eastland’s government met in Hillcross.',
      [eastland, westland],
    );
    expect(g?.conflict.id).toBe('eastland');
    expect([...(g?.names ?? [])].sort()).toEqual(['EF', 'Eastland', 'Portvale']);
  });
  it('names no conflict from one name, from lower-case aliases or from names every war shares', () => {
    expect(
      detectConflict('The army said the UN and the United Nations met.', [eastland]),
    ).toBeNull();
    expect(detectConflict('Portvale was quiet.', [eastland])).toBeNull();
  });
  it('matches whole words only ("EF" is not in "EFFORT")', () => {
    expect(detectConflict('A new EFFORT in PORTVALES.', [eastland])).toBeNull();
  });
});
