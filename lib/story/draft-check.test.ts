import { describe, expect, it } from 'vitest';
import { parseStoredDraft } from './draft-check';

describe('parseStoredDraft(raw)', () => {
  it('accepts a draft of statement, event and date steps', () => {
    const draft = {
      title: 'A',
      steps: [{ statement: 'st-a', note: 'n' }, { event: 'ev-b' }, { date: '2022-09-30' }],
    };
    expect(parseStoredDraft(JSON.stringify(draft))).toEqual({ ok: true, draft });
  });

  it('refuses a null step, naming the step', () => {
    const r = parseStoredDraft('{"title":"x","steps":[null]}');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/^step 1: /);
  });

  it('refuses text that is not JSON, and a draft without a title', () => {
    expect(parseStoredDraft('{"title":')).toEqual({ ok: false, reason: 'it is not valid JSON' });
    expect(parseStoredDraft('{"steps":[]}').ok).toBe(false);
    expect(parseStoredDraft('[]').ok).toBe(false);
  });

  it('refuses a step with a malformed date or unknown fields', () => {
    expect(parseStoredDraft('{"title":"","steps":[{"date":"30 Feb"}]}').ok).toBe(false);
    expect(parseStoredDraft('{"title":"","steps":[{"date":"2022","x":1}]}').ok).toBe(false);
  });
});
