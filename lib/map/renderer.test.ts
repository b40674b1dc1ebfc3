import { describe, expect, it } from 'vitest';
import { rendererChoice } from './renderer';

describe('rendererChoice(param, stored)', () => {
  it('takes the address first, then the stored choice, else auto', () => {
    expect(rendererChoice('svg', 'webgl')).toBe('svg');
    expect(rendererChoice(null, 'svg')).toBe('svg');
    expect(rendererChoice('canvas', 'webgl')).toBe('webgl');
    expect(rendererChoice(null, null)).toBe('auto');
    expect(rendererChoice('<script>', '{"x":1}')).toBe('auto');
  });
});
