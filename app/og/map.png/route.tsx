import { DEFAULT_DATASET } from '@/lib/dataset/server';
import { GET as conflictCard } from '../../[conflict]/og/map.png/route';

// The link-preview picture's address from before the conflict index: the default conflict's.
export const dynamic = 'force-static';

export function GET(request: Request): Promise<Response> {
  return conflictCard(request, { params: Promise.resolve({ conflict: DEFAULT_DATASET }) });
}
