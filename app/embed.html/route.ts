import { DEFAULT_DATASET } from '@/lib/dataset/server';
import { embedResponse } from './embed-response';

// /embed is a static HTML document written at build time (next start serves it through a
// rewrite of /embed; static hosts resolve /embed to embed.html). It loads no React or Next
// runtime: its script is bundled apart by scripts/build-embed.ts. This one is the default
// conflict's; each conflict's is at /<conflict>/embed.
export const dynamic = 'force-static';

export function GET(): Response {
  return embedResponse(DEFAULT_DATASET);
}
