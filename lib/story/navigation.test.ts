import { describe, expect, it } from 'vitest';
import {
  clampStep,
  parseStepParam,
  stepAfter,
  stepParam,
  stepProgress,
  storyActionForKey,
} from './navigation';

describe('story navigation', () => {
  it('clampStep(index, count) keeps an index inside the story', () => {
    expect(clampStep(-3, 5)).toBe(0);
    expect(clampStep(9, 5)).toBe(4);
    expect(clampStep(2.7, 5)).toBe(2);
    expect(clampStep(Number.NaN, 5)).toBe(0);
    expect(clampStep(3, 0)).toBe(0);
  });

  it('stepAfter(index, next|previous, count) moves one step and stops at the ends', () => {
    expect(stepAfter(0, { type: 'next' }, 3)).toBe(1);
    expect(stepAfter(2, { type: 'next' }, 3)).toBe(2);
    expect(stepAfter(1, { type: 'previous' }, 3)).toBe(0);
    expect(stepAfter(0, { type: 'previous' }, 3)).toBe(0);
  });

  it('stepAfter(index, first|last|goTo, count) jumps, clamping goTo', () => {
    expect(stepAfter(2, { type: 'first' }, 4)).toBe(0);
    expect(stepAfter(0, { type: 'last' }, 4)).toBe(3);
    expect(stepAfter(0, { type: 'goTo', index: 2 }, 4)).toBe(2);
    expect(stepAfter(0, { type: 'goTo', index: 40 }, 4)).toBe(3);
    expect(stepAfter(3, { type: 'goTo', index: -1 }, 4)).toBe(0);
  });

  it('stepAfter(index, action, count) walks a whole story and back', () => {
    let i = 0;
    const seen = [i];
    for (let k = 0; k < 5; k++) seen.push((i = stepAfter(i, { type: 'next' }, 4)));
    for (let k = 0; k < 5; k++) seen.push((i = stepAfter(i, { type: 'previous' }, 4)));
    expect(seen).toEqual([0, 1, 2, 3, 3, 3, 2, 1, 0, 0, 0]);
  });

  it('storyActionForKey(key) maps the keys clickers send', () => {
    for (const k of ['ArrowRight', 'PageDown', ' '])
      expect(storyActionForKey(k)).toEqual({ type: 'next' });
    for (const k of ['ArrowLeft', 'PageUp'])
      expect(storyActionForKey(k)).toEqual({ type: 'previous' });
    expect(storyActionForKey(' ', true)).toEqual({ type: 'previous' });
    expect(storyActionForKey('Home')).toEqual({ type: 'first' });
    expect(storyActionForKey('End')).toEqual({ type: 'last' });
    expect(storyActionForKey('a')).toBeNull();
    expect(storyActionForKey('Tab')).toBeNull();
  });

  it('parseStepParam(param, count) reads a 1-based ?step=N, clamped, 0 when absent or junk', () => {
    expect(parseStepParam('1', 5)).toBe(0);
    expect(parseStepParam('3', 5)).toBe(2);
    expect(parseStepParam('99', 5)).toBe(4);
    expect(parseStepParam('0', 5)).toBe(0);
    expect(parseStepParam(null, 5)).toBe(0);
    expect(parseStepParam('2x', 5)).toBe(0);
    expect(parseStepParam('-2', 5)).toBe(0);
    expect(parseStepParam('1.5', 5)).toBe(0);
    expect(stepParam(parseStepParam('4', 5))).toBe('4');
  });

  it('stepProgress(index, count) says where the class is', () => {
    expect(stepProgress(0, 12)).toBe('Step 1 of 12');
    expect(stepProgress(20, 12)).toBe('Step 12 of 12');
    expect(stepProgress(0, 0)).toBe('No steps');
  });
});
