import { datasetIds, getDataset } from '@/lib/dataset/server';
import { datasetPictureDays } from '@/lib/map/picture-days';
import { cardDateLine, mapCard } from '../map-card';

// One card per day the map's picture changes on (lib/map/picture-days), at
// /<conflict>/og/<YYYY-MM-DD>.png, built with the site so a static host serves them: the
// picture of any date is the one of the last picture day on or before it. Link previews of
// dated links, the embed code's fallback image and the no-script map use them.
export const dynamic = 'force-static';
export const dynamicParams = false;
export function generateStaticParams() {
  return datasetIds().flatMap((conflict) =>
    datasetPictureDays(getDataset(conflict)).map((day) => ({ conflict, picture: `${day}.png` })),
  );
}

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ conflict: string; picture: string }> },
): Promise<Response> {
  const { conflict, picture } = await params;
  const dataset = getDataset(conflict);
  const days = datasetPictureDays(dataset);
  const day = /^(\d{4}-\d{2}-\d{2})\.png$/.exec(picture)?.[1];
  const at = day ? days.indexOf(day) : -1;
  if (!day || at < 0) return new Response('No such picture', { status: 404 });
  return mapCard(dataset, day, cardDateLine(day, days[at + 1] ?? null));
}
