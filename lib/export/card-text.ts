/**
 * Text for the link-preview card: without Unicode format characters (bidirectional overrides
 * and isolates, zero-width spaces and joiners). They draw nothing, the card's bundled font has
 * no glyph for them, and next/og would fetch a font from a third party at build time to find
 * one. Visible characters are kept as they are.
 */
export function cardText(s: string): string {
  return s.replace(/\p{Cf}/gu, '');
}
