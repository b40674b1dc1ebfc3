import { describe, expect, it } from 'vitest';
import { cardText } from './card-text';

describe('cardText(text)', () => {
  it('drops bidirectional and zero-width controls and keeps every visible character', () => {
    expect(cardText('\u202Eabc\u202C\u200Bh\u200C\u200D\u2067x\u2069')).toBe('abchx');
    expect(cardText('Russia–Ukraine war · Запорізька «ok»')).toBe(
      'Russia–Ukraine war · Запорізька «ok»',
    );
  });
});
