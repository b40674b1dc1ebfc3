import type { DatasetGeo } from '@/lib/dataset/geo';
import type { CompiledDataset } from '@/lib/dataset/types';
import { groupOutlines } from '@/lib/map/group-outline';
import type { Slide } from '@/lib/story/slides';
import { controlMapSvg } from '@/components/map/svg-map';
import { slideMapState, withHighlights } from './story-map';
import { mapViewOf } from '@/lib/map/view';

/** A slide's map as an SVG string, from the dataset's boundaries (server side). */
export function storyMapSvg(
  geo: DatasetGeo,
  dataset: Pick<CompiledDataset, 'conflict'> & Partial<Pick<CompiledDataset, 'map'>>,
  slide: Slide,
  options: {
    idPrefix: string;
    title: string;
    thin?: number;
    highlight?: boolean;
    compact?: boolean;
  },
): string {
  const svg = controlMapSvg(
    {
      regions: geo.regions,
      neighbours: geo.neighbours,
      groups: groupOutlines(geo.regions, dataset.conflict.regionGroups),
    },
    slideMapState(slide),
    {
      idPrefix: options.idPrefix,
      title: options.title,
      thin: options.thin ?? 0.8,
      compact: options.compact ?? true,
      bounds: mapViewOf(dataset.map).homeBounds,
    },
  );
  return options.highlight === false ? svg : withHighlights(svg, slide.highlight, options.idPrefix);
}
