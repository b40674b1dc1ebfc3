'use client';

declare global {
  interface Window {
    /** Set (before load) by the render-count benchmark to make views count their renders. */
    __FAULTLINE_COUNT_RENDERS__?: boolean;
    __faultlineRenders?: Record<string, number>;
  }
}

/**
 * Counts a component's renders when the page was opened for measurement (the render-count
 * benchmark sets the flag); otherwise does nothing. Lets us check that a date change
 * re-renders only the views that depend on the date.
 */
export function useRenderCount(name: string): void {
  if (typeof window === 'undefined' || !window.__FAULTLINE_COUNT_RENDERS__) return;
  const counts = (window.__faultlineRenders ??= {});
  counts[name] = (counts[name] ?? 0) + 1;
}
