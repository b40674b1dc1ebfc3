/**
 * The step cursor of a presentation: a pure controller over a step count. Every function
 * returns a valid index (0 … count-1), or 0 for an empty story, so views never check bounds.
 */

/** What a key press or a button asks for. */
export type StoryAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goTo'; index: number };

/** An index clamped into [0, count-1]; non-finite input goes to 0. */
export function clampStep(index: number, count: number): number {
  if (count <= 0 || !Number.isFinite(index)) return 0;
  return Math.min(count - 1, Math.max(0, Math.trunc(index)));
}

/** The index after an action. Next on the last step and previous on the first stay put. */
export function stepAfter(index: number, action: StoryAction, count: number): number {
  const at = clampStep(index, count);
  switch (action.type) {
    case 'next':
      return clampStep(at + 1, count);
    case 'previous':
      return clampStep(at - 1, count);
    case 'first':
      return 0;
    case 'last':
      return clampStep(count - 1, count);
    case 'goTo':
      return clampStep(action.index, count);
  }
}

/**
 * The action a key sends, or null. Clickers send →/←, PageDown/PageUp, and some Space;
 * Shift+Space goes back, as in slide software.
 */
export function storyActionForKey(key: string, shiftKey = false): StoryAction | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return { type: 'next' };
    case ' ':
    case 'Spacebar':
      return shiftKey ? { type: 'previous' } : { type: 'next' };
    case 'ArrowLeft':
    case 'PageUp':
      return { type: 'previous' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    default:
      return null;
  }
}

/**
 * The 0-based index named by a deep link's ?step=N (1-based, as people count), clamped; 0
 * when the parameter is missing or not a whole number.
 */
export function parseStepParam(param: string | null | undefined, count: number): number {
  if (param === null || param === undefined || !/^\s*\d+\s*$/.test(param)) return 0;
  return clampStep(Number(param) - 1, count);
}

/** The ?step=N value (1-based) for an index. */
export function stepParam(index: number): string {
  return String(index + 1);
}

/** "Step 3 of 12", for the progress indicator and the live region. */
export function stepProgress(index: number, count: number): string {
  return count ? `Step ${clampStep(index, count) + 1} of ${count}` : 'No steps';
}
