import { NextResponse, type NextRequest } from 'next/server';
import { DEFAULT_DATASET } from './lib/dataset/default';
import { legacyTarget } from './lib/routes/legacy';
import { methodNotAllowed } from './lib/security/methods';

/**
 * Runs before every route of `next start`, static files included: anything but GET and HEAD
 * gets 405 with `Allow: GET, HEAD` (the static export has no server; its host answers), and
 * the addresses from before the conflict index are redirected to their new place (the static
 * export's old pages move the reader on themselves; see lib/routes/legacy.ts).
 */
export function proxy(request: NextRequest): NextResponse {
  const refused = methodNotAllowed(request.method);
  if (refused)
    return new NextResponse(refused.body, { status: refused.status, headers: refused.headers });
  const { pathname, search } = request.nextUrl;
  const target = legacyTarget(pathname, search, DEFAULT_DATASET);
  if (target) return NextResponse.redirect(new URL(target, request.url), 308);
  return NextResponse.next();
}
