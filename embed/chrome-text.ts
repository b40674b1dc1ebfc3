import type { CompiledDataset } from '@/lib/dataset/types';

/** The boundary credit the ODbL asks for (data/ukraine/licences/GEO-SOURCE.md), as HTML and as text. */
export const ATTRIBUTION_HTML =
  'Boundaries © <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">OpenStreetMap contributors</a> (ODbL), via <a href="https://www.geoboundaries.org" target="_blank" rel="noopener">geoBoundaries</a> · Coastline and neighbouring countries: Natural Earth';
export const ATTRIBUTION_TEXT =
  'Boundaries © OpenStreetMap contributors (ODbL), via geoBoundaries · Coastline and neighbouring countries: Natural Earth';

/** The source line under every embed and exported picture. */
export function sourceLineText(
  dataset: Pick<CompiledDataset, 'id' | 'version' | 'sources'>,
): string {
  return `Sources: ${dataset.sources.length} cited sources (each figure and quote names its own) · Faultline dataset “${dataset.id}”, version ${dataset.version}`;
}
