import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evidenceFinder } from './evidence-index';

describe('evidenceFinder(text)', () => {
  it('evidenceFinder(text)(s) agrees with text.includes(s), indexed or not', () => {
    const words = fc.constantFrom('Russia', 'holds', 'about', 'half', '“We', 'stay,”', 'of', 'the');
    const text = fc.array(words, { minLength: 1, maxLength: 1000 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(
        text,
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 80 }),
        (t, cuts) => {
          const has = evidenceFinder(t);
          // Far more than 32 look-ups, so most go through the index.
          for (const [a, len, mutate] of cuts) {
            const start = a % t.length;
            let s = t.slice(start, start + 16 + (len % 120));
            if (mutate) s = `${s}x`;
            expect(has(s)).toBe(t.includes(s));
            expect(has(s)).toBe(t.includes(s)); // cached answer too
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('evidenceFinder(text) answers 20,000 sentences of a 1 MB text sharing one prefix in under 3 s', () => {
    const sentences = Array.from(
      { length: 20_000 },
      (_, i) => `Sentence number ${i} says Red holds about half of the East.`,
    );
    const text = sentences.join(' ');
    const has = evidenceFinder(text);
    const t0 = performance.now();
    expect(sentences.every(has)).toBe(true);
    expect(has('Sentence number 7 says Blue holds')).toBe(false);
    // includes took ~0.5 ms per sentence here (10 s in all); the index takes microseconds.
    expect(performance.now() - t0).toBeLessThan(3_000);
  });
});
