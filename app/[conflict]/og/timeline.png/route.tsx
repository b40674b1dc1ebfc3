import { datasetIds, getDataset } from '@/lib/dataset/server';
import { timelineCard } from '../timeline-card';

// The timeline's still picture, /<conflict>/og/timeline.png, drawn once at build time (a file
// in the static export): the fallback image of a timeline embed's code.
export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = () => datasetIds().map((conflict) => ({ conflict }));

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ conflict: string }> },
): Promise<Response> {
  return timelineCard(getDataset((await params).conflict));
}
