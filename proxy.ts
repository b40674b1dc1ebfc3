import { NextResponse, type NextRequest } from 'next/server';
import { methodNotAllowed } from './lib/security/methods';

/**
 * Runs before every route of `next start`, static files included: anything but GET and HEAD
 * gets 405 with `Allow: GET, HEAD` (the static export has no server; its host answers).
 */
export function proxy(request: NextRequest): NextResponse {
  const refused = methodNotAllowed(request.method);
  if (!refused) return NextResponse.next();
  return new NextResponse(refused.body, { status: refused.status, headers: refused.headers });
}
