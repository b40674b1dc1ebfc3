/** Which map renderer to start: WebGL (maplibre-gl), SVG, or WebGL when the browser has it. */
export type RendererChoice = 'webgl' | 'svg' | 'auto';

/** Where a reader's standing choice of renderer is kept (this browser only). */
export const RENDERER_STORAGE_KEY = 'faultline-map-renderer';

const valid = (v: string | null | undefined): v is 'webgl' | 'svg' => v === 'webgl' || v === 'svg';

/**
 * The renderer to start with: `?renderer=` in the address first (a link can ask for one), then
 * the choice this browser stored, else "auto". Anything else in either place is ignored.
 */
export function rendererChoice(param: string | null, stored: string | null): RendererChoice {
  if (valid(param)) return param;
  if (valid(stored)) return stored;
  return 'auto';
}
