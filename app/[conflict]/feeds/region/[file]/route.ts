import { feedFile, feedFileParams, feedResponse } from '../../feed-response';

// One region's feed of facts: /<conflict>/feeds/region/<id>.xml (Atom) or .json (JSON Feed).
export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = () => feedFileParams('region');

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ conflict: string; file: string }> },
): Promise<Response> {
  const { conflict, file } = await params;
  const f = feedFile(file);
  if (!f) return new Response('Not found', { status: 404 });
  return feedResponse(conflict, { kind: 'region', id: f.id }, f.format);
}
