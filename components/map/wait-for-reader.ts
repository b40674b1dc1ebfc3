/**
 * Calls `go` once, when the live map should start over its first paint: when the map comes
 * near the viewport (`onNear`; a quarter of a screen ahead), or when the reader reaches for it
 * (the pointer enters it, a finger touches it, the keyboard focuses inside it). Returns a
 * function that stops waiting.
 */
export function waitForReader(container: HTMLElement, onNear: boolean, go: () => void): () => void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    stop();
    go();
  };
  const near = onNear
    ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && once(), {
        rootMargin: '25% 0px',
      })
    : null;
  near?.observe(container);
  const reach = ['pointerenter', 'touchstart', 'focusin'] as const;
  for (const type of reach) container.addEventListener(type, once, { passive: true });
  const stop = () => {
    near?.disconnect();
    for (const type of reach) container.removeEventListener(type, once);
  };
  return stop;
}
