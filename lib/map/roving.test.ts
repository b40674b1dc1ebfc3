import { describe, expect, it } from 'vitest';
import { rovingStep } from './roving';

describe('rovingStep', () => {
  it('moves forward and back with the arrows, wrapping at both ends', () => {
    expect(rovingStep('ArrowRight', 0, 3)).toBe(1);
    expect(rovingStep('ArrowDown', 2, 3)).toBe(0);
    expect(rovingStep('ArrowLeft', 0, 3)).toBe(2);
    expect(rovingStep('ArrowUp', 2, 3)).toBe(1);
  });
  it('starts at the first or last control when none has focus', () => {
    expect(rovingStep('ArrowRight', -1, 3)).toBe(0);
    expect(rovingStep('ArrowLeft', -1, 3)).toBe(2);
    expect(rovingStep('Home', -1, 3)).toBe(0);
    expect(rovingStep('End', -1, 3)).toBe(2);
  });
  it('ignores other keys and empty lists', () => {
    expect(rovingStep('Enter', 1, 3)).toBeNull();
    expect(rovingStep('ArrowRight', -1, 0)).toBeNull();
  });
});
