import { describe, expect, it } from 'vitest';
import { capHtmlDepth, MAX_HTML_DEPTH } from './html-depth';
import { extractHtmlNode } from './html-node';

const nested = (n: number) =>
  `<html><head><title>Deep</title></head><body>${'<div>'.repeat(n)}<p>Russia controls most of Luhansk, officials said.</p>${'</div>'.repeat(n)}</body></html>`;

describe('capHtmlDepth(html)', () => {
  it('capHtmlDepth(html) leaves a page within the limit unchanged', () => {
    const page = `<!doctype html><html><head><script>if (a<b) document.write("<div>")</script></head><body><article><p>One<p>Two<br><img src=x><ul><li>a<li>b</ul></article>${nested(MAX_HTML_DEPTH - 10)}</body></html>`;
    expect(capHtmlDepth(page)).toBe(page);
  });

  it('capHtmlDepth(html, max) drops the start and end tags past max levels, keeping the text', () => {
    expect(capHtmlDepth('<div><div><div><b>x</b></div></div></div>', 2)).toBe(
      '<div><div>x</div></div>',
    );
  });
});

describe('extractHtmlNode(html) on absurdly deep pages (issue 21, defect 6)', () => {
  it('reads 100,000 nested <div>s in seconds, not minutes', () => {
    const t0 = performance.now();
    const r = extractHtmlNode(nested(100_000));
    // Before: linkedom took 15 s to parse it and Readability ran past 300 s.
    expect(performance.now() - t0).toBeLessThan(20_000);
    expect(r.text).toContain('Russia controls most of Luhansk, officials said.');
    expect(r.title).toBe('Deep');
  }, 60_000);
});
