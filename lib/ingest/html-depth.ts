/**
 * Deepest element nesting handed to the HTML parser. linkedom's parser slows quadratically with
 * depth (100,000 nested <div>s took 15 s to parse) and Readability's scoring walks ancestors,
 * so a page nested deeper than this has its extra levels of tags dropped (their text is kept).
 * Real news pages nest a few dozen levels.
 */
export const MAX_HTML_DEPTH = 100;

// Elements with no end tag, or whose end tag may be left out: they do not nest reliably in
// source text, so they are not counted.
const VOID = new Set(
  'area base br col embed hr img input link meta param source track wbr keygen'.split(' '),
);
const OPTIONAL_END = new Set(
  'html head body p li dt dd tr td th thead tbody tfoot option optgroup rp rt colgroup caption'.split(
    ' ',
  ),
);
const TOKEN =
  /<!--[\s\S]*?-->|<(script|style|textarea|title)\b[^>]*>[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>/gi;

/**
 * `html` with every start tag past `max` levels of nesting (and its end tag) removed. One pass
 * over the text; a page within the limit comes back unchanged.
 */
export function capHtmlDepth(html: string, max: number = MAX_HTML_DEPTH): string {
  const stack: { name: string; dropped: boolean }[] = [];
  const cuts: [number, number][] = [];
  for (const m of html.matchAll(TOKEN)) {
    const name = m[3]?.toLowerCase();
    if (!name || VOID.has(name) || OPTIONAL_END.has(name)) continue;
    const tag = m[0];
    if (m[2] !== '/') {
      if (tag.endsWith('/>')) continue;
      const dropped = stack.length >= max;
      if (dropped) cuts.push([m.index, m.index + tag.length]);
      stack.push({ name, dropped });
      continue;
    }
    // An end tag closes the nearest open element of its name (looked for near the top only, so
    // a page of stray end tags stays linear).
    for (let i = stack.length - 1; i >= Math.max(0, stack.length - 64); i--) {
      if (stack[i]!.name !== name) continue;
      if (stack[i]!.dropped) cuts.push([m.index, m.index + tag.length]);
      stack.length = i;
      break;
    }
  }
  if (!cuts.length) return html;
  const parts: string[] = [];
  let at = 0;
  for (const [a, b] of cuts) {
    parts.push(html.slice(at, a));
    at = b;
  }
  parts.push(html.slice(at));
  return parts.join('');
}
