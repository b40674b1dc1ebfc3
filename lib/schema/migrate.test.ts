import { describe, expect, it } from 'vitest';
import { claimantPartyOf, migrateConflict, migrateSource } from './migrate';

// Made-up parties and people (a two-party conflict), not facts.
const parties = [
  { id: 'redland', name: 'Redland' },
  { id: 'blueland', name: 'Blueland' },
];
const people = [{ name: 'Ana Kovac', aliases: ['Kovac'], party: 'blueland' }];

describe('migrateConflict(conflict, sources, log)', () => {
  it('lists the parties that hold territory and sets complement for exactly two', () => {
    const c: Record<string, unknown> = {
      schemaVersion: 1,
      mapParty: 'redland',
      parties,
      baseline: { controller: 'blueland' },
    };
    const log: string[] = [];
    migrateConflict(c, [{ control: [{ controller: 'redland' }] }], log);
    expect(c.controlParties).toEqual(['redland', 'blueland']);
    expect(c.complement).toBe(true);
    // Placed right after mapParty, so the file reads in order.
    expect(Object.keys(c).slice(1, 4)).toEqual(['mapParty', 'controlParties', 'complement']);
    expect(log).toHaveLength(1);
  });
});

describe('migrateSource(source, conflict, log)', () => {
  it('turns "most" worded as "almost all" into almost-all, and names claimant parties', () => {
    const s = {
      control: [
        { id: 'a', measure: { kind: 'most', text: 'almost all' }, status: 'assessed' },
        { id: 'b', measure: { kind: 'most', text: 'the bulk' }, status: 'assessed' },
        { id: 'c', measure: { kind: 'all' }, status: 'claimed', claimant: 'Ana Kovac, governor' },
        {
          id: 'd',
          measure: { kind: 'all' },
          status: 'claimed',
          claimant: 'a Redland-installed official',
        },
        { id: 'e', measure: { kind: 'all' }, status: 'claimed', claimant: 'the rebels' },
      ],
    };
    const log: string[] = [];
    migrateSource(s, { people, parties }, log);
    const [a, b, c, d, e] = s.control as Record<string, unknown>[];
    expect((a!.measure as { kind: string }).kind).toBe('almost-all');
    expect((b!.measure as { kind: string }).kind).toBe('most');
    expect(c!.claimantParty).toBe('blueland');
    expect(d!.claimantParty).toBe('redland');
    expect(e!.claimantParty).toBeUndefined();
    expect(log.some((l) => l.includes('speaks for no party found'))).toBe(true);
  });
});

describe('claimantPartyOf(claimant, people, parties)', () => {
  it('reads a party adjective ("Redlandian", "Blueland’s") and a person of the conflict', () => {
    expect(claimantPartyOf('Redlandian defence ministry', [], parties)).toBe('redland');
    expect(claimantPartyOf('Kovac', people, parties)).toBe('blueland');
    expect(claimantPartyOf('an analyst', people, parties)).toBeNull();
  });
});
