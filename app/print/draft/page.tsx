import type { Metadata } from 'next';
import DraftPresentation from '@/components/present/DraftPresentation';
import '@/components/present/present-global.css';
import { getDataset } from '@/lib/dataset/server';
import { embedDataPaths } from '@/lib/embed/data';

export const metadata: Metadata = { title: 'Handout: your story', robots: { index: false } };

/** The story builder's draft as a printable handout, from this browser. */
export default function DraftHandoutPage() {
  const { id } = getDataset();
  return (
    <DraftPresentation
      datasetUrl={embedDataPaths.latest(id)}
      regionsUrl={`/data/${id}/regions.geojson`}
      neighboursUrl={`/data/${id}/neighbours.geojson`}
      view="handout"
    />
  );
}
