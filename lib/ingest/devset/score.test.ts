import { describe, expect, it } from 'vitest';
import {
  categories,
  fromSentence,
  sameDate,
  sameFigureMeasure,
  samePlace,
  sameSpeaker,
  scoreArticle,
  totals,
  type DraftView,
  type Truth,
} from './score';

// A tiny hand-made pair: a fictional article's truth and a draft of it, already mapped to names.
const truth: Truth = {
  id: 'fictional',
  published: '2031-03-04',
  statements: [
    {
      speaker: 'Marta Quill',
      speakerType: 'person',
      kind: 'quote',
      words: 'We hold the river crossing and we will keep it',
      date: '2031-03-03',
      sentence: '“We hold the river crossing and we will keep it,” said Marta Quill',
    },
    {
      speaker: 'Northern Front',
      speakerType: 'organisation',
      kind: 'paraphrase',
      words: 'its fighters had taken the town of Esk',
      date: '2031-03-04',
      sentence: 'The Northern Front said its fighters had taken the town of Esk.',
    },
    {
      speaker: 'Ivo Brand',
      speakerType: 'person',
      kind: 'quote',
      words: 'Nobody will cross',
      date: null,
      sentence: '“Nobody will cross,” Brand said.',
    },
  ],
  figures: [
    {
      target: 'Esk',
      party: 'Northern Front',
      measure: { kind: 'all' },
      asOf: '2031-03-04',
      status: 'claimed',
      sentence: 'The Northern Front said its fighters had taken the town of Esk.',
    },
    {
      target: 'Lowland region',
      party: 'Northern Front',
      measure: { kind: 'approximately', value: 20, unit: 'percent' },
      asOf: null,
      status: 'assessed',
      sentence: 'The Front holds about 20% of the Lowland region.',
    },
  ],
};

const view: DraftView = {
  published: '2031-03-04',
  statements: [
    {
      speakerNames: ['Gen. Marta Quill', 'Quill'],
      speakerKnown: false,
      kind: 'quote',
      text: 'We hold the river crossing and we will keep it',
      date: { value: '2031-03-03' },
      sentence: '“We hold the river crossing and we will keep it,” said Marta Quill on Monday.',
    },
    {
      // Right speaker and words, wrong date: matched, but not "date right".
      speakerNames: ['Northern Front'],
      speakerKnown: false,
      kind: 'paraphrase',
      text: 'its fighters had taken the town of Esk',
      date: { value: '2031-03-01' },
      sentence: 'The Northern Front said its fighters had taken the town of Esk.',
    },
    {
      // The right words given to the wrong person: an extra, and the truth's quote is missed.
      speakerNames: ['Marta Quill'],
      speakerKnown: false,
      kind: 'quote',
      text: 'Nobody will cross',
      date: {},
      sentence: '“Nobody will cross,” Brand said.',
    },
  ],
  figures: [
    {
      targetNames: ['Lowland', 'Lowland Oblast'],
      partyNames: ['Northern Front', 'north'],
      measure: { kind: 'approximately', value: 20, unit: 'percent' },
      asOf: {},
      sentence: 'The Front holds about 20% of the Lowland region.',
    },
    {
      targetNames: ['Esk'],
      partyNames: ['Northern Front'],
      measure: { kind: 'most' },
      asOf: { value: '2031-03-04' },
      sentence: 'The Northern Front said its fighters had taken the town of Esk.',
    },
  ],
  eventSentences: [],
};

const ctx = { gazetteerNames: ['Lowland', 'Esk'], partyNames: ['Northern Front', 'north'] };

describe('devset matching', () => {
  it('matches people by surname, organisations by name, places without "region" or "town"', () => {
    expect(sameSpeaker({ speaker: 'Marta Quill', speakerType: 'person' }, ['Quill'])).toBe(true);
    expect(sameSpeaker({ speaker: 'marta quill', speakerType: 'person' }, ['Gen. QUILL'])).toBe(
      true,
    );
    expect(sameSpeaker({ speaker: 'Marta Quill', speakerType: 'person' }, ['Marta Brand'])).toBe(
      false,
    );
    expect(sameSpeaker({ speaker: 'RSF', speakerType: 'organisation' }, ['RSF'])).toBe(true);
    expect(
      sameSpeaker({ speaker: 'Arakan Army', speakerType: 'organisation' }, ['the Arakan Army']),
    ).toBe(true);
    expect(sameSpeaker({ speaker: 'UN', speakerType: 'organisation' }, ['Ukrainian army'])).toBe(
      false,
    );
    expect(samePlace('Donetsk region', ['Donetsk Oblast', 'Donetsk'])).toBe(true);
    expect(samePlace('Gaza Strip', ['Gaza'])).toBe(true);
    expect(samePlace('Ukrainsk', ['Donbas', 'Donetsk'])).toBe(false);
  });

  it('compares dates at the truth’s precision and measures with their unit', () => {
    expect(sameDate(null, {})).toBe(true);
    expect(sameDate(null, { value: '2031-03-04' })).toBe(false);
    expect(sameDate('2031-03', { value: '2031-03-10', end: '2031-03-16' })).toBe(true);
    expect(sameDate('2031-03', { value: '2031-03-10' })).toBe(false);
    expect(sameDate('2031-03-04', { value: '2031-03-04' })).toBe(true);
    expect(
      sameFigureMeasure(
        { kind: 'exact', value: 77, unit: 'percent' },
        { kind: 'exact', value: 77, unit: 'percent' },
      ),
    ).toBe(true);
    expect(
      sameFigureMeasure(
        { kind: 'exact', value: 77 },
        { kind: 'approximately', value: 77, unit: 'percent' },
      ),
    ).toBe(false);
    expect(
      sameFigureMeasure(
        { kind: 'exact', value: 43000, unit: 'km2' },
        { kind: 'exact', value: 43000, unit: 'percent' },
      ),
    ).toBe(false);
    expect(fromSentence('The Front holds about', 'The Front holds about 20% of it.')).toBe(true);
  });

  it('scores the pair: P/R with the right speaker, dates right, figures, publication date', () => {
    const s = scoreArticle(truth, view, ctx);
    expect(s.statements).toMatchObject({ expected: 3, found: 3, matched: 2, dateRight: 1 });
    expect(s.statements.missed.map((m) => m.category)).toEqual(['statement: wrong speaker']);
    expect(s.statements.extra).toHaveLength(1);
    expect(s.statements.wrongDate[0]?.fact.speaker).toBe('Northern Front');
    expect(s.statements.persons).toEqual({ expected: 2, matched: 1 });
    expect(s.statements.organisations).toEqual({ expected: 1, matched: 1 });
    expect(s.figures).toMatchObject({ expected: 2, found: 2, matched: 1 });
    expect(s.figures.missed.map((m) => m.category)).toEqual(['figure: wrong measure']);
    expect(s.published.right).toBe(true);

    const t = totals([s]);
    expect(t.statements.matched).toBe(2);
    expect(t.published).toEqual({ withDate: 1, found: 1, wrongOrInvented: 0 });
    expect(new Map(categories([s])).get('statement date: wrong date')).toBe(1);
  });

  it('names what is outside the conflict file, and an invented publication date', () => {
    const s = scoreArticle(
      {
        ...truth,
        published: null,
        statements: [],
        figures: [{ ...truth.figures[0]!, target: 'Port Amber', party: 'Coast Guard' }],
      },
      { ...view, statements: [], figures: [] },
      ctx,
    );
    expect(s.figures.missed[0]?.category).toBe(
      'figure: place and party not in the conflict file, none drafted',
    );
    expect(new Map(categories([s])).get('publication date: invented')).toBe(1);
  });
});
