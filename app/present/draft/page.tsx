import type { Metadata } from 'next';
import DraftPresentation from '@/components/present/DraftPresentation';
import { getDataset } from '@/lib/dataset/server';
import { embedDataPaths } from '@/lib/embed/data';

export const metadata: Metadata = {
  title: 'Present your story',
  description: 'The story you are building in the explorer, one step at a time.',
  robots: { index: false },
};

/** Presents the story builder's draft from this browser; the page itself holds no story. */
export default function DraftPresentPage() {
  const { id } = getDataset();
  return (
    <DraftPresentation
      datasetUrl={embedDataPaths.latest(id)}
      regionsUrl={`/data/${id}/regions.geojson`}
      neighboursUrl={`/data/${id}/neighbours.geojson`}
    />
  );
}
