import { describe, expect, it } from 'vitest';
import { source } from './facts';

const base = { id: 'a-source', publisher: 'P', title: 'T', published: '2025-01-21' };

describe('source.url', () => {
  it('source(url) accepts http and https addresses', () => {
    expect(source.safeParse({ ...base, url: 'https://example.org/a?b=c#d' }).success).toBe(true);
    expect(source.safeParse({ ...base, url: 'http://example.org/' }).success).toBe(true);
  });
  it('source(url) refuses javascript:, data:, vbscript: and file: URLs, in any case', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
    ]) {
      const r = source.safeParse({ ...base, url });
      expect(r.success, url).toBe(false);
      expect(r.error?.issues[0]?.message, url).toBe('url must be an http(s) address');
    }
  });
});
