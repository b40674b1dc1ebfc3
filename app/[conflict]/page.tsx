import type { Metadata } from 'next';
import { ExplorerBody, explorerMetadata } from './explorer-page';
import { datasetOf, type ConflictPageProps } from './params';

// Built once per conflict, at the default date. A dated link (?date=…) gets its own link
// preview from `next start` (./dated); a static host serves this page for it.
export async function generateMetadata(props: ConflictPageProps): Promise<Metadata> {
  return explorerMetadata(await datasetOf(props), null);
}

export default async function ExplorerPage(props: ConflictPageProps) {
  return <ExplorerBody dataset={await datasetOf(props)} mapDay={null} />;
}
