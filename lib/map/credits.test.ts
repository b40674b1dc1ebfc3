import { describe, expect, it } from 'vitest';
import { creditsHtml, creditsOf, creditsText, sourceLineText } from './credits';

const credits = [
  { text: 'Boundaries © ' },
  { text: 'Map <people>', href: 'https://example.org/copyright' },
  { text: ' (ODbL)' },
];

describe('boundary credits', () => {
  it('read as one line of text', () => {
    expect(creditsText(credits)).toBe('Boundaries © Map <people> (ODbL)');
  });
  it('become escaped HTML with https links only', () => {
    expect(creditsHtml(credits, { newTab: true })).toBe(
      'Boundaries © <a href="https://example.org/copyright" target="_blank" rel="noopener">Map &lt;people&gt;</a> (ODbL)',
    );
    expect(creditsHtml([{ text: 'x', href: 'javascript:alert(1)' }])).toBe('x');
  });
  it('are empty for data that has none', () => {
    expect(creditsOf({})).toEqual([]);
  });
});

describe('sourceLineText', () => {
  it('counts the cited sources and names the dataset and its version', () => {
    expect(sourceLineText({ id: 'sudan', version: '2026-11-30', sources: [1, 2, 3] })).toBe(
      'Sources: 3 cited sources (each figure and quote names its own) · Faultline dataset “sudan”, version 2026-11-30',
    );
  });
});
