import { getDataset } from '@/lib/dataset/server';
import { embedDataPaths } from '@/lib/embed/data';
import DraftPresentation from './DraftPresentation';

/**
 * Server side of the draft story's pages (/present/draft, its presenter window, /print/draft):
 * where the browser finds the published dataset and boundaries to build the draft from.
 */
export default function DraftPage({
  view,
  conflict,
}: {
  view: 'audience' | 'presenter' | 'handout';
  conflict: string;
}) {
  const { id } = getDataset(conflict);
  return (
    <DraftPresentation
      datasetId={id}
      datasetUrl={embedDataPaths.latest(id)}
      regionsUrl={`/data/${id}/regions.geojson`}
      neighboursUrl={`/data/${id}/neighbours.geojson`}
      view={view}
    />
  );
}
