import { describe, expect, it } from 'vitest';
import { MAX_KEPT_TEXT, parseStoredIngestWork } from './work-check';

const work = {
  version: 1,
  raw: 'KYIV, Jan 21 — …',
  published: '2025-01-21',
  publisher: 'Newsroom',
  extracted: true,
  reviews: { 'st-a': 'accepted', 'st-b': 'rejected' },
  edits: { 'st-a': { text: 'We are open' } },
};

describe('parseStoredIngestWork(raw)', () => {
  it('reads back what the page stores', () => {
    expect(parseStoredIngestWork(JSON.stringify(work))).toEqual({ ok: true, work });
  });

  it('refuses an unknown review state, naming where it is', () => {
    const r = parseStoredIngestWork(JSON.stringify({ ...work, reviews: { 'st-a': 'maybe' } }));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/^reviews\.st-a: /);
  });

  it('refuses text over the kept limit, other versions, and what is not JSON', () => {
    expect(
      parseStoredIngestWork(JSON.stringify({ ...work, raw: 'x'.repeat(MAX_KEPT_TEXT + 1) })).ok,
    ).toBe(false);
    expect(parseStoredIngestWork(JSON.stringify({ ...work, version: 2 })).ok).toBe(false);
    expect(parseStoredIngestWork('null').ok).toBe(false);
    expect(parseStoredIngestWork('{')).toEqual({ ok: false, reason: 'it is not valid JSON' });
  });
});
