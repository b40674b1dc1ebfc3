import { rendererChoice, RENDERER_STORAGE_KEY, type RendererChoice } from '@/lib/map/renderer';

/** The renderer this page asks for: `?renderer=`, else this browser's stored choice, else auto. */
export function pageRenderer(): RendererChoice {
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(RENDERER_STORAGE_KEY);
  } catch {
    // Storage can be switched off or refused (sandboxed frames): no stored choice, then.
  }
  return rendererChoice(new URLSearchParams(window.location.search).get('renderer'), stored);
}
