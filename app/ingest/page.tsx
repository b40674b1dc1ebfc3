import type { Metadata } from 'next';
import IngestWorkbench from '@/components/ingest/IngestWorkbench';
import { getDataset } from '@/lib/dataset/server';

export const metadata: Metadata = {
  title: 'Ingest an article',
  description:
    'Paste a news article, review every fact drafted from it, and download a sourced fact file. Runs in your browser; nothing is uploaded.',
};

// The default conflict's ingest tool; each conflict's is at /<conflict>/ingest.
export default function IngestPage() {
  const { conflict, regions } = getDataset();
  return <IngestWorkbench conflict={conflict} regionIds={regions.map((r) => r.id)} />;
}
