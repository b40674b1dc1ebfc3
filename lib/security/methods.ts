/** The only methods the site answers: every page and file is static, nothing takes a body. */
export const ALLOWED_METHODS = ['GET', 'HEAD'] as const;

/**
 * The answer to a request whose method the site does not serve: 405 with `Allow`, as RFC 9110
 * asks (Next answered POST, PUT, DELETE and OPTIONS to static files with a 500). Null when the
 * method is allowed.
 */
export function methodNotAllowed(
  method: string,
): { status: 405; headers: Record<string, string>; body: string } | null {
  if ((ALLOWED_METHODS as readonly string[]).includes(method.toUpperCase())) return null;
  return {
    status: 405,
    headers: { Allow: ALLOWED_METHODS.join(', '), 'Content-Type': 'text/plain; charset=utf-8' },
    body: 'Method Not Allowed\n',
  };
}
