import { describe, expect, it } from 'vitest';
import type { CompiledSource } from '../dataset/types';
import { factCountsBySource, groupSources } from './sources';

const src = (
  id: string,
  published: string | null,
  extra: Partial<CompiledSource> = {},
): CompiledSource => ({
  id,
  publisher: `P-${id}`,
  title: `T-${id}`,
  published,
  file: 'f.json',
  kindWords: 'news outlet',
  ...extra,
});

describe('groupSources', () => {
  it('groupSources(sources) puts shipped articles first, then cited sources by year, then undated ones', () => {
    const groups = groupSources([
      src('b', '2022-05-01'),
      src('u', null),
      src('a', '2014-03-18'),
      src('seed', '2025-01-21', { body: 'text' }),
      src('c', '2022-01'),
    ]);
    expect(groups.map((g) => [g.id, g.sources.map((s) => s.id)])).toEqual([
      ['sources-shipped', ['seed']],
      ['sources-2014', ['a']],
      ['sources-2022', ['c', 'b']],
      ['sources-undated', ['u']],
    ]);
    expect(groups[1]?.label).toBe('Cited sources published in 2014');
  });
  it('groupSources(sources) keeps every source exactly once', () => {
    const sources = [src('a', '2014'), src('b', null), src('c', '2015-02-02', { body: '' })];
    expect(
      groupSources(sources)
        .flatMap((g) => g.sources.map((s) => s.id))
        .sort(),
    ).toEqual(['a', 'b', 'c']);
  });
});

describe('factCountsBySource', () => {
  it('factCountsBySource(dataset) counts every kind of fact against its source', () => {
    const fact = (source: string) => ({ source }) as never;
    const counts = factCountsBySource({
      statements: [fact('a')],
      events: [fact('a'), fact('b')],
      control: [fact('b')],
      claims: [fact('a')],
    });
    expect(Object.fromEntries(counts)).toEqual({ a: 3, b: 2 });
  });
});
