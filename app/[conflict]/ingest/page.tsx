import type { Metadata } from 'next';
import IngestWorkbench from '@/components/ingest/IngestWorkbench';
import { datasetOf, type ConflictPageProps } from '../params';

export async function generateMetadata(props: ConflictPageProps): Promise<Metadata> {
  const { conflict } = await datasetOf(props);
  return {
    title: `Ingest an article: ${conflict.title}`,
    description:
      'Paste a news article, review every fact drafted from it, and download a sourced fact file. Runs in your browser; nothing is uploaded.',
  };
}

/** The ingest tool with this conflict's people, places and spellings. */
export default async function ConflictIngestPage(props: ConflictPageProps) {
  const { conflict, regions } = await datasetOf(props);
  return <IngestWorkbench conflict={conflict} regionIds={regions.map((r) => r.id)} />;
}
