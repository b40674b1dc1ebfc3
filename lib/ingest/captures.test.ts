import { describe, expect, it } from 'vitest';
import { ingestText } from './draft';
import { eastlandConflict } from './test-helpers';
import { validateDraft } from './validate-draft';

const conflict = eastlandConflict();
const header = 'Fictional Test Report On Eastland\n\nBy Jane Roe\nMarch 9, 2025\n\n';
const draft = (body: string) => ingestText(header + body, { conflict });
const figures = (body: string) =>
  draft(body).draft.control.map((c) => [
    c.target,
    c.controller,
    c.measure.kind,
    c.asOf.value ?? null,
    c.status,
  ]);

describe('a completed capture is a figure for the place taken', () => {
  it('gives a listed place “all”, held by the party named, as of the capture’s day', () => {
    expect(figures('Northern Liberation Front fighters took over Hillcross on Thursday.')).toEqual([
      ['hillcross', 'north-front', 'all', '2025-03-06', 'assessed'],
    ]);
  });
  it('drafts a place and a party the conflict does not list, for review', () => {
    const r = draft('The Coastal Defence Army (CDA) captured the town of Portvale on Friday.');
    expect(r.newPlaces).toEqual([{ id: 'portvale', name: 'Portvale', kind: 'town' }]);
    expect(r.newParties).toEqual([
      { id: 'coastal-defence-army', name: 'Coastal Defence Army', aliases: ['CDA'] },
    ]);
    expect(r.draft.control[0]).toMatchObject({
      target: 'portvale',
      controller: 'coastal-defence-army',
    });
    expect(r.draft.notes.join(' ')).toMatch(/New place drafted: Portvale .*region/);
    // The draft checks clean with the new place and party counted as known.
    expect(
      validateDraft(r.draft, conflict, ['EL-01'], r.text, r.newPeople, r).filter((p) =>
        /coastal-defence-army|portvale/.test(p),
      ),
    ).toEqual([]);
  });
  it('marks one side’s word for it as claimed, naming who says so', () => {
    const r = draft('The NLF has seized Hillcross, the group’s press office said on Saturday.');
    expect(r.draft.control[0]).toMatchObject({
      target: 'hillcross',
      status: 'claimed',
      claimant: 'the group’s press office',
    });
  });
  it('reads a list closed by “and”, but not a clause that goes on after “and”', () => {
    expect(
      figures('The NLF captured Portvale, Westford and Eastford on Monday.').map((f) => f[0]),
    ).toEqual(['portvale', 'westford', 'eastford']);
    expect(
      figures('The NLF retook the town of Portvale, and Eastland forces withdrew.').map(
        (f) => f[0],
      ),
    ).toEqual(['portvale']);
  });
  it('reads “X’s capture of Y” and a participle whose subject opens the sentence', () => {
    expect(figures('The NLF’s capture of Hillcross stunned the capital.').map((f) => f[1])).toEqual(
      ['north-front'],
    );
    expect(
      figures(
        'NLF fighters opened a new front on Thursday, seizing the town of Portvale, officials said.',
      ).map((f) => [f[0], f[1]]),
    ).toEqual([['portvale', 'north-front']]);
  });
  it('gives nothing for intentions, parts of a place, non-places, unnamed takers or a region’s name', () => {
    expect(figures('The NLF vowed to capture Hillcross within weeks.')).toEqual([]);
    expect(figures('The NLF will take control of Hillcross.')).toEqual([]);
    expect(figures('The NLF seized Hillcross’s prison and freed its inmates.')).toEqual([]);
    expect(figures('The NLF captured the headquarters of the Third Division.')).toEqual([]);
    expect(figures('Following the capture of Hillcross, the talks stalled.')).toEqual([]);
    expect(figures('Rebels captured Portvale on Friday.')).toEqual([]);
    expect(figures('The NLF captured Northmark.')).toEqual([]);
  });
  it('gives “Eastland rebels” to the group the article last named, when it named one', () => {
    expect(
      figures(
        'Westland rebels have taken control of the city of Portvale, a spokesman for the CDA rebel group said.',
      ).map((f) => f[1]),
    ).toEqual(['cda']);
  });
  it('never dates a capture after the article (“two days after losing it”)', () => {
    expect(figures('Eastland forces recaptured Hillcross, two days after losing it.')[0]?.[3]).toBe(
      '2025-03-09',
    );
  });
});
