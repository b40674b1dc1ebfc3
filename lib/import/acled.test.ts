import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sourceFile } from '../schema';
import { eastlandConflict } from '../ingest/test-helpers';
import { readAcled, ACLED_REQUIRED } from './acled';
import { readUcdp, UCDP_REQUIRED } from './ucdp';
import { parseActorParties, readDay } from './event-rows';

// Synthetic files in ACLED's and UCDP GED's column layouts (fixtures/README.md): made up.
const conflict = eastlandConflict();
const fixture = (name: string) => readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');
const opts = { fileName: 'test.csv', importedOn: '2026-12-04' };

describe('readAcled(csv, conflict)', () => {
  const r = readAcled(fixture('acled-eastland.csv'), conflict, opts);
  const byId = (id: string) => r.draft.events.find((e) => e.id === id);

  it('accounts for every row: each becomes an event or is reported with its row and column', () => {
    expect(r.rows).toBe(7);
    expect(r.imported).toBe(4);
    const notRead = r.problems.filter(
      (p) => p.message.startsWith('not read') || /cells/.test(p.message),
    );
    expect(notRead.map((p) => [p.row, p.column])).toEqual([
      [5, 'event_date'],
      [6, 'time_precision'],
      [7, undefined],
    ]);
    expect(notRead[0]!.message).toMatch(/day\/month or month\/day/);
    expect(notRead[2]!.message).toMatch(/has 14 cells where the header has 31/);
  });

  it('keeps the date as precise as ACLED codes it: a day, the week around a day, a month', () => {
    expect(byId('acled-eld101')!.date).toEqual({ value: '2025-03-04', basis: 'explicit' });
    expect(byId('acled-eld102')!.date).toMatchObject({
      value: '2025-03-09',
      end: '2025-03-15',
      note: expect.stringMatching(/only the week is known; ACLED coded 2025-03-12/),
    });
    expect(byId('acled-eld103')!.date).toMatchObject({ value: '2025-03' });
  });

  it('finds the region and the place of the conflict, and proposes a new place only where ACLED locates it', () => {
    const clash = byId('acled-eld101')!;
    expect(clash).toMatchObject({ regions: ['EL-01'], places: ['hillcross'], review: 'pending' });
    expect(clash.title).toBe('Armed clash in Hillcross');
    expect(clash.description).toContain('the "old town" says');
    expect(clash.description).toContain('Parties of this dataset: north-front, eastland.');
    expect(clash.description).toContain('Fatalities (ACLED’s count): 3.');
    expect(clash.evidence).toEqual({
      type: 'citation',
      note: 'ACLED event ELD101, coded from: Test Wire; Test Radio (National)',
    });
    // Greyford: exact coordinates in one row (geo precision 1), "near" in another.
    expect(r.places).toEqual([
      expect.objectContaining({
        id: 'greyford',
        region: 'EL-01',
        point: [30.7, 50.2],
        pointSource: { text: '50.2, 30.7 (ACLED, geo precision 1)' },
        rows: [3, 8],
      }),
    ]);
    // Geo precision 3: a larger area, so no place; Southmark is no region of this conflict.
    const taken = byId('acled-eld103')!;
    expect(taken.places).toBeUndefined();
    expect(taken.regions).toEqual([]);
    expect(r.problems).toContainEqual({
      row: 4,
      column: 'admin1',
      message:
        '“Southmark” is no region of Eastland war (fictional): the event is kept without one',
    });
  });

  it('writes a draft the data schema accepts', () => {
    expect(sourceFile.safeParse(r.draft).success).toBe(true);
    expect(r.draft.sources[0]).toMatchObject({ id: 'acled-2026-12-04', kind: 'analyst' });
  });

  it('reads nothing from a file without the columns it needs, and says which', () => {
    const bad = readAcled('event_id_cnty,event_date\nX1,2025-01-01\n', conflict, opts);
    expect(bad.imported).toBe(0);
    expect(bad.problems[0]).toMatchObject({ row: 1 });
    expect(bad.problems[0]!.message).toContain('time_precision, event_type');
    expect(bad.problems[1]).toMatchObject({ row: 2 });
    expect(readAcled('', conflict, opts).problems).toEqual([
      { row: 1, message: 'the file is empty' },
    ]);
  });
});

describe('readUcdp(csv, conflict)', () => {
  const r = readUcdp(fixture('ucdp-eastland.csv'), conflict, opts);

  it('keeps the deaths as UCDP’s estimate and range, and a span of days as a span', () => {
    expect(r.rows).toBe(3);
    expect(r.imported).toBe(2);
    const [first, second] = r.draft.events;
    expect(first!.date).toEqual({
      value: '2025-03-04',
      basis: 'explicit',
      note: 'UCDP date precision 1: the day is known',
    });
    expect(first!.description).toContain(
      'Deaths (UCDP’s estimate): best 3, range 3–5 (side A 1, side B 2, civilians 0, unknown 0).',
    );
    expect(first).toMatchObject({ regions: ['EL-01'], places: ['hillcross'] });
    expect(second!.date).toMatchObject({ value: '2025-03-10', end: '2025-03-16' });
    // where_prec 4: the province, so a region and no place.
    expect(second).toMatchObject({ regions: ['EL-01'] });
    expect(second!.places).toBeUndefined();
    expect(r.problems).toEqual([
      {
        row: 4,
        column: 'date_end',
        message: 'not read: the event ends (2025-03-18) before it starts',
      },
    ]);
    expect(sourceFile.safeParse(r.draft).success).toBe(true);
  });
});

describe('readDay(cell)', () => {
  it('reads the forms event files use and refuses ambiguous or impossible days', () => {
    expect(readDay('2024-02-29')).toEqual({ day: '2024-02-29' });
    expect(readDay('7 Sep 2024')).toEqual({ day: '2024-09-07' });
    expect(readDay('31-12-2024')).toEqual({ day: '2024-12-31' });
    expect(readDay('2023-02-29')).toHaveProperty('error');
    expect(readDay('12/01/2024')).toHaveProperty('error');
    expect(readDay('Smarch 3 2024')).toHaveProperty('error');
  });
});

describe('the event importers on arbitrary text', () => {
  it('never throw, and account for every data row', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '1',
        '2',
        '3',
        '2025-03-04',
        '4 March 2025',
        '"',
        '""',
        ',',
        '\n',
        'Hillcross',
      ),
    );
    for (const [read, header] of [
      [readAcled, ACLED_REQUIRED],
      [readUcdp, UCDP_REQUIRED],
    ] as const) {
      fc.assert(
        fc.property(fc.array(fc.array(cell, { maxLength: 16 }), { maxLength: 8 }), (rows) => {
          const text = [header.join(','), ...rows.map((r) => r.join(','))].join('\n');
          const r = read(text, conflict, opts);
          const reported = new Set(r.problems.filter((p) => p.row > 1).map((p) => p.row));
          const skipped = r.problems.filter(
            (p) => p.row > 1 && (/^not read/.test(p.message) || /cells/.test(p.message)),
          ).length;
          expect(r.imported + skipped).toBe(r.rows);
          expect(reported.size).toBeLessThanOrEqual(r.rows);
          expect(sourceFile.safeParse(r.draft).success).toBe(true);
        }),
        { numRuns: 150 },
      );
    }
  });
});

describe('actors that name no party', () => {
  const header = fixture('acled-eastland.csv').split('\n')[0]!;
  const row = (id: string, actor1: string) =>
    `${id},2025-03-04,2025,1,Political violence,Battles,Armed clash,${actor1},,2,Military Forces of Eastland (2019-),,1,12,,999,Synthetic,Eastland,Northmark,,,Hillcross,50.1,30.5,1,Test Wire,National,A clash.,0,,1741100000`;
  const csv = [
    header,
    row('W1', 'Westmark Volunteer Corps'),
    row('W2', 'Westmark Volunteer Corps'),
    row('W3', 'Hill Militia'),
  ].join('\n');

  it('are listed with the rows that name them, most rows first, and are not read as a party', () => {
    const r = readAcled(csv, conflict, opts);
    expect(r.unmatchedActors).toEqual([
      { name: 'Westmark Volunteer Corps', rows: [2, 3] },
      { name: 'Hill Militia', rows: [4] },
    ]);
    expect(r.draft.events[0]!.description).toContain('Parties of this dataset: eastland.');
  });

  it('become the party the reader maps them to, and leave the list', () => {
    const r = readAcled(csv, conflict, {
      ...opts,
      actorParties: { 'north-front': ['Westmark Volunteer Corps'] },
    });
    expect(r.unmatchedActors.map((a) => a.name)).toEqual(['Hill Militia']);
    expect(r.draft.events[0]!.description).toContain(
      'Parties of this dataset: north-front, eastland.',
    );
  });

  it('NAME=PARTY lines are read, and a line that is not one, or names no party, is reported by line', () => {
    const { actors, problems } = parseActorParties(
      ['Westmark Volunteer Corps = north-front', '', 'Hill Militia', 'Lake Guard=westmark'],
      conflict,
    );
    expect(actors).toEqual({ 'north-front': ['Westmark Volunteer Corps'] });
    expect(problems).toEqual([
      'line 3: “Hill Militia” is not NAME=PARTY',
      expect.stringMatching(
        /^line 4: “westmark” is not a party of this conflict \(north-front, eastland\)$/,
      ),
    ]);
  });
});
