import { getDataset } from '@/lib/dataset/server';
import { downloadBody } from '@/lib/export/downloads';

/** The response of one /data download route. */
export function serveDownload(datasetId: string, name: string): Response {
  const body = downloadBody(getDataset(datasetId), name);
  if (!body) return new Response('Not found', { status: 404 });
  return new Response(body.text, {
    headers: {
      'Content-Type': body.contentType,
      'Content-Disposition': `attachment; filename="${name}"`,
    },
  });
}
