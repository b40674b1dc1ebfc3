import { describe, expect, it } from 'vitest';
import { evidenceInContext } from './evidence';

describe('evidenceInContext(body, sentence)', () => {
  const body = 'Title\n\nFirst sentence. The key sentence here. Last one.\n\nNext paragraph.';
  it('splits the paragraph around the sentence', () => {
    expect(evidenceInContext(body, 'The key sentence here.')).toEqual({
      before: 'First sentence. ',
      sentence: 'The key sentence here.',
      after: ' Last one.',
    });
  });
  it('is null when the sentence is not in the text', () => {
    expect(evidenceInContext(body, 'Missing.')).toBeNull();
  });
});
