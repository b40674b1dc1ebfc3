import { defaultDateOf } from '@/lib/dataset/days';
import { getDataset } from '@/lib/dataset/server';
import { datasetIds } from '@/lib/dataset/server';
import { cardDateLine, mapCard } from '../map-card';

// The Open Graph / Twitter card picture of `/<conflict>`: the map at the default date, drawn
// once at build time (a file in the static export). Each day the map changes on has its own
// card too, at /<conflict>/og/<day>.png (../[picture]).
export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = () => datasetIds().map((conflict) => ({ conflict }));

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ conflict: string }> },
): Promise<Response> {
  const dataset = getDataset((await params).conflict);
  const date = defaultDateOf(dataset);
  return mapCard(dataset, date, cardDateLine(date, null));
}
