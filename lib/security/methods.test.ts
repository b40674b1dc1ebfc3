import { describe, expect, it } from 'vitest';
import { methodNotAllowed } from './methods';

describe('methodNotAllowed(method)', () => {
  it('methodNotAllowed(method) lets GET and HEAD through', () => {
    expect(methodNotAllowed('GET')).toBeNull();
    expect(methodNotAllowed('HEAD')).toBeNull();
  });
  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE', 'PROPFIND'])(
    'methodNotAllowed(%j) answers 405 with Allow: GET, HEAD',
    (method) => {
      expect(methodNotAllowed(method)).toMatchObject({
        status: 405,
        headers: { Allow: 'GET, HEAD' },
      });
    },
  );
});
