import type { Metadata } from 'next';
import DraftPresentation from '@/components/present/DraftPresentation';
import { getDataset } from '@/lib/dataset/server';
import { embedDataPaths } from '@/lib/embed/data';

export const metadata: Metadata = { title: 'Presenter view: your story', robots: { index: false } };

/** The presenter's window for the story builder's draft, from this browser. */
export default function DraftPresenterPage() {
  const { id } = getDataset();
  return (
    <DraftPresentation
      datasetUrl={embedDataPaths.latest(id)}
      regionsUrl={`/data/${id}/regions.geojson`}
      neighboursUrl={`/data/${id}/neighbours.geojson`}
      view="presenter"
    />
  );
}
