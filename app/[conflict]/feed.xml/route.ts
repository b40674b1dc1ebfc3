import { conflictParams } from '../params';
import { feedResponse } from '../feeds/feed-response';

// The conflict's feed of facts, newest source first (lib/export/feeds.ts).
export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = conflictParams;

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ conflict: string }> },
): Promise<Response> {
  return feedResponse((await params).conflict, { kind: 'conflict' }, 'xml');
}
