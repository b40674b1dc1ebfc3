import { describe, expect, it } from 'vitest';
import { ingestText } from './draft';
import { demonymOf, OrganisationIndex, organisationPhrase } from './organisations';
import { trailingAttribution } from './statements';
import { eastlandConflict } from './test-helpers';

const conflict = eastlandConflict();
const header = 'Fictional Test Report On Eastland\n\nBy Jane Roe\nMarch 9, 2025\n\n';
const draft = (body: string) => ingestText(header + body, { conflict });
const said = (body: string) => {
  const r = draft(body);
  const name = (id: string) =>
    r.newPeople.find((p) => p.id === id)?.name ??
    conflict.people.find((p) => p.id === id)?.name ??
    id;
  return r.draft.statements.map((s) => [name(s.speaker), s.kind, s.text]);
};

describe('organisationPhrase(phrase)', () => {
  it('takes phrases ending in an organisation noun, acronyms and proper names with one', () => {
    expect(organisationPhrase('the defence ministry')).toBe('defence ministry');
    expect(organisationPhrase('Westland’s army')).toBe('Westland’s army');
    expect(organisationPhrase('the QRF')).toBe('QRF');
    expect(
      organisationPhrase('Britain-based war monitor, the Eastland Observatory for Peace'),
    ).toBe('Eastland Observatory for Peace');
    expect(organisationPhrase('a spokesman for the Coastal Brigades')).toBe('Coastal Brigades');
  });
  it('refuses people, collective nouns that name no one, and pronouns', () => {
    expect(organisationPhrase('Defence Minister Mara Olsen')).toBeNull();
    expect(organisationPhrase('the rebels')).toBeNull();
    expect(organisationPhrase('officials')).toBeNull();
    expect(organisationPhrase('it')).toBeNull();
  });
});

describe('OrganisationIndex', () => {
  it('reads “Name (ACRONYM)” definitions and finds an acronym only in capitals', () => {
    const idx = new OrganisationIndex(conflict, 'The Coastal Defence Alliance (CDA) said so.');
    expect(idx.find('CDA')?.name).toBe('Coastal Defence Alliance');
    expect(idx.find('the Coastal Defence Alliance')?.aliases).toContain('CDA');
    expect(idx.find('cda')).toBeNull();
  });
  it('reads definitions with hyphens, apostrophes and particles', () => {
    const idx = new OrganisationIndex(
      conflict,
      "Hay'at Tahrir al-Sham (HTS) and the Pro-Westland Forces of the Coast (PWFC) met.",
    );
    expect(idx.find('HTS')?.name).toBe("Hay'at Tahrir al-Sham");
    expect(idx.find('PWFC')?.name).toBe('Pro-Westland Forces of the Coast');
  });
  it('reads a page of hyphenated capitals or one very long word without backtracking through it', () => {
    // When a name's words could split at every hyphen and start at every letter, 36 hyphenated
    // capitals took 46 s and a 20,000-letter word 5 s: the time limit fails if that comes back.
    for (const run of ['A-'.repeat(36), 'Z'.repeat(20_000), 'Zz '.repeat(10_000)]) {
      const idx = new OrganisationIndex(
        conflict,
        `${run} is a long run. The Coastal Defence Alliance (CDA) said so.`,
      );
      expect(idx.find('CDA')?.name).toBe('Coastal Defence Alliance');
    }
  }, 2_000);
  it('gives a party’s short forms and its official-statement speaker', () => {
    const idx = new OrganisationIndex(conflict, '');
    expect(idx.find('NLF')).toMatchObject({ party: 'north-front', knownId: 'nlf-statement' });
    expect(idx.find('the army')?.party).toBe('eastland');
  });
  it('resolves a description and “it” to the organisation last mentioned', () => {
    const idx = new OrganisationIndex(conflict, 'The Coastal Defence Army (CDA) took the port.');
    idx.touch(idx.find('CDA')!);
    expect(idx.resolve('the ethnic army')?.name).toBe('Coastal Defence Army');
    expect(idx.resolve('the armed group')?.name).toBe('Coastal Defence Army');
    expect(idx.resolve('it')?.name).toBe('Coastal Defence Army');
  });
  it('makes a new organisation of an unknown description, and “X’s army” an organisation of party X', () => {
    const idx = new OrganisationIndex(conflict, '');
    expect(idx.resolve('the interior ministry')).toMatchObject({ name: 'interior ministry' });
    expect(idx.resolve('Eastland’s military')).toMatchObject({ party: 'eastland' });
  });
});

describe('trailingAttribution(masked sentence)', () => {
  it('finds the speaker after the last comma and the date adverbial after the verb', () => {
    const s = 'Rebels took the town of Eastford, the defence ministry said on Saturday.';
    expect(trailingAttribution(s)).toMatchObject({
      speaker: 'the defence ministry',
      clauseEnd: s.indexOf(', the defence'),
    });
  });
  it('takes the name before an appositive', () => {
    const s = 'The port came under fire, Mara Olsen, leader of the council, told reporters.';
    expect(trailingAttribution(s)?.speaker).toBe('Mara Olsen');
  });
  it('is null when the verb is not at the end or there is no comma', () => {
    expect(trailingAttribution('The ministry said the port was shelled overnight.')).toBeNull();
    expect(trailingAttribution('The ministry said.')).toBeNull();
  });
});

describe('statements by organisations', () => {
  it('attributes a trailing “…, the NLF said” paraphrase to the party’s statement speaker', () => {
    expect(said('Its fighters took the port of Eastford on Friday, the NLF said.')).toEqual([
      [
        'Northern Liberation Front (official statement)',
        'paraphrase',
        'Its fighters took the port of Eastford on Friday',
      ],
    ]);
  });
  it('follows a defined organisation through “the ethnic army said” and “it said”', () => {
    const st = said(
      'The Coastal Defence Army (CDA) captured Westford town after two weeks of fighting, the ethnic army said.\n' +
        'It seized three bases outside the town on Sunday evening, it said.',
    );
    expect(st.map((s) => s[0])).toEqual(['Coastal Defence Army', 'Coastal Defence Army']);
  });
  it('reads a quote attributed to “the army said in a statement” and a claim of responsibility', () => {
    expect(
      said(
        '“Many men fought to the last to defend the nation,” the army said in a statement.\n' +
          'The CDA has claimed responsibility for the attack on the Eastford base.',
      ),
    ).toEqual([
      ['Eastland', 'quote', 'Many men fought to the last to defend the nation'],
      ['CDA', 'paraphrase', 'has claimed responsibility for the attack on the Eastford base'],
    ]);
  });
  it('reads a quoted fragment inside the writer’s clause as a paraphrase', () => {
    expect(
      said(
        'The city of Eastford “did not completely fall” to the rebels, the interior ministry said.',
      ),
    ).toEqual([
      [
        'interior ministry',
        'paraphrase',
        'The city of Eastford “did not completely fall” to the rebels',
      ],
    ]);
  });
  it('never lets “he” refer to an organisation, nor drafts a statement for “the rebels said”', () => {
    const st = said(
      'Mara Olsen spoke on Monday.\n“We will hold Eastford,” the army said.\n“The bridges stay open,” he said.\n' +
        'The port was quiet, the rebels said.',
    );
    expect(st.map((s) => s[0])).toEqual(['Eastland', 'Mara Olsen']);
  });
  it('drafts a new organisation without a “surname”, so “Army” alone names no one', () => {
    const r = draft('Rebels took the town of Eastford, the Coastal Defence Army said.');
    expect(r.newPeople).toEqual([
      expect.objectContaining({ name: 'Coastal Defence Army', aliases: [], organisation: true }),
    ]);
  });
});

describe('statements without “that”, stances, and names of armies', () => {
  it('reads “X said it …” and “X claimed its …” as paraphrases', () => {
    expect(
      said(
        'The Coastal Defence Army (CDA) shelled Portvale.\nThe CDA said it found weapons left by fleeing troops.',
      ),
    ).toEqual([['Coastal Defence Army', 'paraphrase', 'it found weapons left by fleeing troops']]);
  });
  it('reads a stance verb and what it commits to: “vowed to keep fighting”', () => {
    expect(said('Rebel leader Mara Olsen vowed to keep fighting.')).toEqual([
      ['Mara Olsen', 'paraphrase', 'vowed to keep fighting'],
    ]);
  });
  it('gives “Syria’s army” the alias “Syrian army” (the demonym by its pattern)', () => {
    const idx = new OrganisationIndex(conflict, '');
    expect(idx.resolve('Syria’s army')?.aliases).toEqual(['Syrian army']);
    expect(idx.resolve('Mali’s army')?.aliases).toEqual(['Malian army']);
  });
  it('does not let “the commander” stand for an organisation the previous sentence named', () => {
    const st = said(
      'A senior NLF commander said the front was quiet.\nThe NLF lost two villages.\nThe commander claimed that the war must go on.',
    );
    expect(st.map((x) => x[0])).not.toContain('Northern Liberation Front (official statement)');
  });
});

describe('demonymOf(country)', () => {
  it.each([
    ['Syria', 'Syrian'],
    ['Mali', 'Malian'],
    ['Ukraine', 'Ukrainian'],
    ['Sudan', 'Sudanese'],
    ['Congo', 'Congolese'],
    ['Israel', 'Israeli'],
    ['Yemen', 'Yemeni'],
    ['Myanmar', null],
  ])('%s → %s', (country, demonym) => expect(demonymOf(country)).toBe(demonym));
});

describe('a surname the article gave in full earlier', () => {
  it('is the person last named in full before it', () => {
    const st = said(
      'Tomas Quist Berg, a fictional rebel leader, addressed a crowd in Portvale.\n' +
        'Berg told residents that the town would be rebuilt.\n' +
        'Anna Berg, a resident, disagreed.\n' +
        'Berg said the town had been abandoned.',
    );
    expect(st.map((x) => x[0])).toEqual(['Tomas Quist Berg', 'Anna Berg']);
  });
  it('is not a full name made of an organisation’s words', () => {
    const st = said('The Coastal Defence Army took Portvale.\nArmy said the port was quiet.');
    expect(st.map((x) => x[0])).not.toContain('Coastal Defence Army');
  });
});
