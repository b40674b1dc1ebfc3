import type { CompiledDataset, CompiledSource } from '../dataset/types';

/**
 * The compiled dataset as the embed fetches it (public/data/<id>/dataset.json) and as a
 * release pins it (data/<id>/releases/<version>.json): everything the map, the timeline and
 * the exports need, without the article texts, reading notes and stories.
 */
export interface EmbedDataset extends Omit<CompiledDataset, 'sources' | 'notes' | 'stories'> {
  format: 'faultline-embed-dataset';
  schemaVersion: 1;
  sources: Omit<CompiledSource, 'body'>[];
}

export function embedDataset(dataset: CompiledDataset): EmbedDataset {
  const { sources, notes: _notes, stories: _stories, ...rest } = dataset;
  return {
    format: 'faultline-embed-dataset',
    schemaVersion: 1,
    ...rest,
    sources: sources.map(({ body: _body, ...s }) => s),
  };
}

/**
 * A shallow check of a fetched file before the embed trusts it (it was written by our build,
 * so a full schema parse would only add weight to the bundle).
 */
export function isEmbedDataset(data: unknown): data is EmbedDataset {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return (
    d.format === 'faultline-embed-dataset' &&
    d.schemaVersion === 1 &&
    typeof d.id === 'string' &&
    typeof d.version === 'string' &&
    Array.isArray(d.timeline) &&
    Array.isArray(d.regions) &&
    typeof d.series === 'object' &&
    d.series !== null
  );
}

/** A region as releases pinned before `nameLocal` hold it (Ukrainian names only). */
interface PinnedRegion {
  nameUk?: unknown;
  nameUkShort?: unknown;
  nameLocal?: unknown;
}

/**
 * A fetched file as the embed uses it, or null when it is not a Faultline embed dataset. Files
 * pinned by older releases are brought up to date: their regions' `nameUk` becomes `nameLocal`
 * in Ukrainian, so an embed that pins an old version still shows the names.
 */
export function readEmbedDataset(data: unknown): EmbedDataset | null {
  if (!isEmbedDataset(data)) return null;
  const regions = (data.regions as unknown[]).map((r) => {
    if (typeof r !== 'object' || r === null) return r;
    const { nameUk, nameUkShort, ...rest } = r as PinnedRegion & Record<string, unknown>;
    if (typeof rest.nameLocal === 'string' || typeof nameUk !== 'string') return r;
    return {
      ...rest,
      nameLocal: nameUk,
      nameLocalShort: typeof nameUkShort === 'string' ? nameUkShort : nameUk,
      localLang: nameUk ? 'uk' : '',
    };
  });
  return { ...data, regions: regions as EmbedDataset['regions'] };
}

/** Where the build puts the latest dataset and each pinned release, under public/. */
export const embedDataPaths = {
  latest: (id: string) => `/data/${id}/dataset.json`,
  release: (id: string, version: string) => `/data/${id}/v/${encodeURIComponent(version)}.json`,
};
