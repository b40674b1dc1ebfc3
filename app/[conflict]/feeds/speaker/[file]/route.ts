import { feedFile, feedFileParams, feedResponse } from '../../feed-response';

// One speaker's feed of facts: /<conflict>/feeds/speaker/<id>.xml (Atom) or .json (JSON Feed).
export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = () => feedFileParams('speaker');

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ conflict: string; file: string }> },
): Promise<Response> {
  const { conflict, file } = await params;
  const f = feedFile(file);
  if (!f) return new Response('Not found', { status: 404 });
  return feedResponse(conflict, { kind: 'speaker', id: f.id }, f.format);
}
