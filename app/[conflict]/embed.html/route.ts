import { datasetIds } from '@/lib/dataset/server';
import { embedResponse } from '../../embed.html/embed-response';

// The embed document of each conflict, /<conflict>/embed (see app/embed.html/route.ts).
export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = () => datasetIds().map((conflict) => ({ conflict }));

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ conflict: string }> },
): Promise<Response> {
  return embedResponse((await params).conflict);
}
