import { describe, expect, it } from 'vitest';
import { ingestText } from './draft';
import { ukraineConflict } from './test-helpers';

const conflict = ukraineConflict();
const header = 'Test Article Title For Statements\n\nBy Jane Roe\nJanuary 21, 2025\n\n';
const run = (body: string) => ingestText(header + body, { conflict });
const statements = (body: string) => run(body).draft.statements;

describe('extractStatements: direct quotes', () => {
  it('attributes a quote split around "he said" to the person named before, both halves', () => {
    const st = statements(
      'Vladimir Putin spoke on Monday.\n\n“We are open to dialogue,” he said. “The root causes must go.”',
    );
    expect(st.map((s) => [s.speaker, s.kind, s.text])).toEqual([
      ['vladimir-putin', 'quote', 'We are open to dialogue'],
      ['vladimir-putin', 'quote', 'The root causes must go'],
    ]);
    expect(st[0]?.date).toMatchObject({ value: '2025-01-20' });
  });
  it('reads "said X" after the quote with straight quotes and adds an unknown person', () => {
    const r = run('"The figures are exaggerated by both sides," said Olena Marchuk, a researcher.');
    expect(r.draft.statements[0]).toMatchObject({
      speaker: 'olena-marchuk',
      kind: 'quote',
      text: 'The figures are exaggerated by both sides',
    });
    expect(r.newPeople).toEqual([
      expect.objectContaining({ id: 'olena-marchuk', name: 'Olena Marchuk', aliases: ['Marchuk'] }),
    ]);
  });
  it('joins a quote interrupted by its attribution', () => {
    const st = statements(
      '“We count every village,” Zelensky added, “and the map changes weekly.”',
    );
    expect(st).toHaveLength(1);
    expect(st[0]).toMatchObject({
      speaker: 'volodymyr-zelensky',
      text: 'We count every village … and the map changes weekly',
    });
  });
  it('resolves an alias role ("the Kremlin spokesman") to the listed person', () => {
    expect(
      statements('“Talks are not on the agenda,” the Kremlin spokesman said.')[0]?.speaker,
    ).toBe('dmitry-peskov');
  });
  it('does not take scare quotes or titles in quotation marks for statements', () => {
    expect(
      statements(
        'Officials dismissed the report as "propaganda" and pointed to a film titled "Winter Bridges" shown in Kyiv.',
      ),
    ).toEqual([]);
  });
  it('does not attribute a quote with no speaker', () => {
    expect(statements('“This is a quote with nobody saying it at all.”')).toEqual([]);
  });
});

describe('extractStatements: indirect speech and reports', () => {
  it('reads "X warned last year that …" as a paraphrase dated to that year', () => {
    const st = statements(
      'Deputy Chairman of the Russian Security Council Dmitry Medvedev warned last year that NATO peacekeepers could become targets.',
    );
    expect(st[0]).toMatchObject({
      speaker: 'dmitry-medvedev',
      kind: 'paraphrase',
      text: 'NATO peacekeepers could become targets',
      date: { value: '2024', basis: 'relative' },
    });
    expect(st[0]?.role).toBe('Deputy Chairman of the Russian Security Council');
  });
  it('reads "According to reports from CNN, Trump has …" as a report by Trump via CNN', () => {
    const st = statements(
      'According to reports from CNN, Trump has instructed his aides to arrange a call.',
    );
    expect(st[0]).toMatchObject({
      speaker: 'donald-trump',
      kind: 'report',
      via: 'CNN report',
      date: { value: '2025-01-21', basis: 'publication' },
    });
  });
  it('resolves "the report" to the medium that reported in the sentence before, undated when the paragraph says "earlier"', () => {
    const st = statements(
      'Earlier, The New York Times reported speculation about troops. According to the report, troops might deploy.',
    );
    expect(st).toHaveLength(1);
    expect(st[0]).toMatchObject({
      speaker: 'the-new-york-times',
      kind: 'report',
      date: { basis: 'unknown', before: '2025-01-21' },
    });
  });
  it('drops a paraphrase that only introduces the same speaker’s quote in the next sentence', () => {
    const st = statements(
      'Putin spoke. He emphasized that talks should not bring a truce.\n\n“Its goal should not be a short truce,” Putin stated.',
    );
    expect(st.map((s) => s.kind)).toEqual(['quote']);
  });
  it('reads "said" followed directly by a clause, and "he added that" via the pronoun', () => {
    const st = statements(
      'Ivan Petrenko, a military analyst, said the lines had barely moved. He added that the winter would be hard.',
    );
    expect(st.map((s) => [s.speaker, s.kind])).toEqual([
      ['ivan-petrenko', 'paraphrase'],
      ['ivan-petrenko', 'paraphrase'],
    ]);
  });
  it('does not treat a party or capital as a speaker', () => {
    expect(
      statements('Moscow insists that Kyiv must agree to withdraw from the four regions.'),
    ).toEqual([]);
  });
  it('follows a quote that runs on into the next paragraph', () => {
    const st = statements(
      '“We have stabilised the line,” Oleksandr Syrskyi said on Saturday. “But the enemy keeps attacking near the river,\n\n“and we need more shells every week.”',
    );
    expect(st.map((s) => s.speaker)).toEqual([
      'oleksandr-syrskyi',
      'oleksandr-syrskyi',
      'oleksandr-syrskyi',
    ]);
    expect(st.every((s) => s.date.value === '2025-01-18')).toBe(true);
  });
  it('finds the speaker who opens a phrase with an aside ("Zelensky, speaking in Kyiv, said …")', () => {
    expect(
      statements(
        'Zelensky, speaking at a news conference in Kyiv, said Ukraine would need more air defence.',
      )[0],
    ).toMatchObject({ speaker: 'volodymyr-zelensky', kind: 'paraphrase' });
  });
  it('does not take an institution ("the Kremlin said") for the person whose role names it', () => {
    expect(
      statements(
        'Dmitry Peskov spoke first.\n\n“Talks are not on the agenda at all,” the Kremlin said.',
      ),
    ).toEqual([]);
  });
});
