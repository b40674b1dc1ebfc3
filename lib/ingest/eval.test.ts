import { describe, expect, it } from 'vitest';
import type { SourceFile } from '../schema';
import { scoreDraft, similarText } from './eval';

const base: SourceFile = {
  schemaVersion: 2,
  sources: [{ id: 's', publisher: 'P', title: 'T', published: '2025-01-21' }],
  statements: [],
  events: [],
  control: [],
  claims: [],
  notes: [],
};
const ev = { type: 'sentence' as const, text: 'x' };
const st = (speaker: string, text: string, value?: string) => ({
  id: `st-${speaker}-${text.length}`,
  source: 's',
  speaker,
  kind: 'quote' as const,
  text,
  date: value ? { value, basis: 'explicit' as const } : { basis: 'unknown' as const },
  topics: [],
  regions: [],
  evidence: ev,
});

describe('scoreDraft(expected, found)', () => {
  it('counts a statement only when speaker, kind, words and date all agree', () => {
    const expected = {
      ...base,
      statements: [
        st('a', 'we are open to dialogue', '2025-01-20'),
        st('b', 'no truce at all', '2024'),
      ],
    };
    const found = {
      ...base,
      statements: [
        st('a', 'We are open to dialogue.', '2025-01-20'),
        st('b', 'no truce at all', '2025'),
        st('c', 'extra words here'),
      ],
    };
    const s = scoreDraft(expected, found).statements;
    expect([s.matched, s.precision, s.recall]).toEqual([1, 1 / 3, 0.5]);
  });
  it('matches control figures on target, controller, measure and date', () => {
    const cf = (target: string, value: number) => ({
      id: `cf-${target}-${value}`,
      source: 's',
      target,
      controller: 'russia',
      asOf: { value: '2025-01-21', basis: 'publication' as const },
      measure: { kind: 'approximately' as const, value, unit: 'percent' as const },
      status: 'assessed' as const,
      evidence: ev,
    });
    const s = scoreDraft(
      { ...base, control: [cf('donbas', 80)] },
      { ...base, control: [cf('donbas', 70), cf('donbas', 80)] },
    ).control;
    expect([s.matched, s.precision, s.recall]).toEqual([1, 0.5, 1]);
  });
  it('similarText ignores punctuation and small words but not different content', () => {
    expect(similarText('The root causes of the crisis.', 'the root causes of the crisis')).toBe(
      true,
    );
    expect(similarText('a short truce', 'a lasting settlement')).toBe(false);
  });
  it('explains each error with its sentence and the fields that differ from the fact drafted from it', () => {
    const e = {
      ...st('a', 'we are open to dialogue', '2025-01-20'),
      evidence: { type: 'sentence' as const, text: 'We are open, he said.' },
    };
    const f = {
      ...st('b', 'we are open to dialogue', '2025-01-20'),
      evidence: { type: 'sentence' as const, text: 'We are open, he said.' },
    };
    const s = scoreDraft({ ...base, statements: [e] }, { ...base, statements: [f] }).statements;
    expect(s.errors).toEqual([
      {
        type: 'missed',
        fact: expect.stringContaining('a quote'),
        sentence: 'We are open, he said.',
        why: 'drafted from this sentence but speaker b (expected a)',
      },
      {
        type: 'extra',
        fact: expect.stringContaining('b quote'),
        sentence: 'We are open, he said.',
        why: 'an expected fact of this sentence differs: speaker b (expected a)',
      },
    ]);
    const none = scoreDraft({ ...base, statements: [e] }, base).statements;
    expect(none.errors[0]?.why).toBe('nothing matching drafted from this sentence');
  });
});
