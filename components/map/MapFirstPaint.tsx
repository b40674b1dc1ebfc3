import { loadDatasetGeo } from '@/lib/dataset/geo';
import type { CompiledDataset } from '@/lib/dataset/types';
import { dayStart } from '@/lib/dates/fuzzy-date';
import { groupOutlines } from '@/lib/map/group-outline';
import { controlMapStateAt } from '@/lib/map/map-state';
import { mapViewOf } from '@/lib/map/view';
import { controlMapSvg } from './svg-map';

/**
 * Server component: the control map on a date as static SVG, so the map shows before (and
 * without) JavaScript. The live map replaces it once drawn.
 */
export default function MapFirstPaint({
  dataset,
  date,
}: {
  dataset: CompiledDataset;
  date: string;
}) {
  const geo = loadDatasetGeo(dataset.id);
  const state = controlMapStateAt(dataset, dayStart(date));
  const svg = controlMapSvg(
    {
      regions: geo.regions,
      neighbours: geo.neighbours,
      groups: groupOutlines(geo.regions, dataset.conflict.regionGroups),
    },
    state,
    {
      idPrefix: 'fp-',
      title: `Map of territorial control as of ${date}`,
      thin: 1.2,
      compact: true,
      bounds: mapViewOf(dataset.map).homeBounds,
    },
  );
  return <div className="cm-first-paint-svg" dangerouslySetInnerHTML={{ __html: svg }} />;
}
