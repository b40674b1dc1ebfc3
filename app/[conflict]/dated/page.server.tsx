import type { Metadata } from 'next';
import { ExplorerBody, explorerMetadata, datasetLinkDay } from '../explorer-page';
import { datasetOf, type ConflictPageProps } from '../params';

// `next start` only (the static export has no server; next.config leaves `.server.tsx` out of
// it): /<conflict>?date=… is rewritten here, so the link preview shows the map of the link's
// date and the map's first paint is that date, not the default one. The address the reader
// sees stays /<conflict>?date=…; the explorer reads the rest of the link itself.
export const dynamic = 'force-dynamic';

interface DatedProps extends ConflictPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata(props: DatedProps): Promise<Metadata> {
  const dataset = await datasetOf(props);
  return explorerMetadata(dataset, datasetLinkDay(dataset, (await props.searchParams).date));
}

export default async function DatedExplorerPage(props: DatedProps) {
  const dataset = await datasetOf(props);
  return (
    <ExplorerBody
      dataset={dataset}
      mapDay={datasetLinkDay(dataset, (await props.searchParams).date)}
    />
  );
}
