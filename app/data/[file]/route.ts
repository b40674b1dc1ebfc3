import { DEFAULT_DATASET, getDataset } from '@/lib/dataset/server';
import { downloadsFor } from '@/lib/export/downloads';
import { serveDownload } from '../../[conflict]/data/serve-download';

// The download addresses from before the conflict index (/data/statements.csv, …) keep serving
// the default conflict's files; each conflict's own are under /<conflict>/data/.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): { file: string }[] {
  return downloadsFor(getDataset(DEFAULT_DATASET)).map((d) => ({ file: d.name }));
}

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ file: string }> },
): Promise<Response> {
  return serveDownload(DEFAULT_DATASET, (await params).file);
}
