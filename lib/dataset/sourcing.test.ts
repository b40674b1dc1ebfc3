import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { quoteWords } from './check';
import { sourceKindCounts, sourceKindWords } from './source-kinds';
import { loadDataset } from './load';
import { formatProblem } from './problems';

// The mini fixture, copied and edited per test: these are warnings, so the data still loads.
const FIXTURE = path.resolve('lib/dataset/fixtures/mini');
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

type Json = Record<string, unknown> & { sources: Json[]; claims: Json[] };
const only = (xs: Json[]): Json => {
  const [x] = xs;
  if (!x) throw new Error('the mini fixture lost its first entry');
  return x;
};
function warningsAfter(edit: (source: Json) => void): string[] {
  const root = mkdtempSync(path.join(tmpdir(), 'faultline-sourcing-'));
  dirs.push(root);
  const dir = path.join(root, 'mini');
  cpSync(FIXTURE, dir, { recursive: true });
  const file = path.join(dir, 'sources/article.json');
  const source = JSON.parse(readFileSync(file, 'utf8')) as Json;
  edit(source);
  writeFileSync(file, JSON.stringify(source, null, 2));
  const result = loadDataset(dir);
  expect(result.ok).toBe(true);
  // The mini fixture has no boundary licence note: those warnings are another test's.
  return result.warnings.filter((w) => w.file.includes('/sources/')).map(formatProblem);
}

describe('sourcing warnings', () => {
  it('passes the fixture as it is', () => {
    expect(warningsAfter(() => {})).toEqual([]);
  });

  it('names a source without a kind, with its file, path and line', () => {
    const w = warningsAfter((s) => delete only(s.sources).kind);
    expect(w).toHaveLength(1);
    expect(w[0]).toMatch(
      /^mini\/sources\/article\.json:\d+ \$\.sources\[0\]: source "article" \(Test Wire\) has no kind/,
    );
  });

  it('names a party that is not in conflict.json, and a party on a source that is not state media', () => {
    expect(
      warningsAfter((s) => Object.assign(only(s.sources), { kind: 'state-media', party: 'green' })),
    ).toEqual([
      expect.stringContaining('names the party "green", which is not a party in conflict.json'),
    ]);
    expect(warningsAfter((s) => Object.assign(only(s.sources), { party: 'red' }))).toEqual([
      expect.stringContaining('names a party, which only state media do'),
    ]);
    expect(
      warningsAfter((s) => Object.assign(only(s.sources), { kind: 'state-media', party: 'red' })),
    ).toEqual([]);
  });

  it('flags a cited quote over 25 words and passes one of 25, not counting the cut mark', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    const quoted = (quote: string) =>
      warningsAfter((s) =>
        Object.assign(only(s.claims), { evidence: { type: 'citation', quote } }),
      );
    expect(quoted(`${words(20)} … ${words(5)}`)).toEqual([]);
    expect(quoted(words(26))).toEqual([
      expect.stringMatching(
        /\$\.claims\[0\]\.evidence\.quote: the quote of "cl-1" is 26 words; a cited quote may have at most 25/,
      ),
    ]);
  });
});

describe('quoteWords', () => {
  it('counts words, not the ellipsis that marks a cut', () => {
    expect(quoteWords('“We will stay” … he said.')).toBe(5);
    expect(quoteWords('  ')).toBe(0);
  });
});

describe('sourceKindWords', () => {
  it('says the kind in words, naming the party of a party’s state media', () => {
    const names = (id: string) => ({ russia: 'Russia' })[id] ?? id;
    expect(sourceKindWords({ kind: 'wire' }, names)).toBe('news agency');
    expect(sourceKindWords({ kind: 'state-media', party: 'russia' }, names)).toBe(
      'state media of Russia',
    );
    expect(sourceKindWords({ kind: 'state-media' }, names)).toBe('state media');
    expect(sourceKindWords({}, names)).toBe('kind not recorded');
  });

  it('counts sources per kind in a fixed order, leaving out kinds with none', () => {
    expect(
      sourceKindCounts([{ kind: 'outlet' }, { kind: 'wire' }, { kind: 'outlet' }, {}]),
    ).toEqual([
      { kind: 'wire', label: 'news agencies', count: 1 },
      { kind: 'outlet', label: 'news outlets', count: 2 },
      { kind: 'unknown', label: 'kind not recorded', count: 1 },
    ]);
  });
});
