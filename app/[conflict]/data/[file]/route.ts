import { datasetIds, getDataset } from '@/lib/dataset/server';
import { downloadsFor } from '@/lib/export/downloads';
import { serveDownload } from '../serve-download';

// Every download of every conflict is written once at build time (files in the static export).
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): { conflict: string; file: string }[] {
  return datasetIds().flatMap((conflict) =>
    downloadsFor(getDataset(conflict)).map((d) => ({ conflict, file: d.name })),
  );
}

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ conflict: string; file: string }> },
): Promise<Response> {
  const { conflict, file } = await params;
  return serveDownload(conflict, file);
}
