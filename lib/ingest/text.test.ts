import { describe, expect, it } from 'vitest';
import { splitSentences, sentencesOf, splitParagraphs } from './text';
import { readMetadata } from './metadata';

describe('splitSentences(paragraph)', () => {
  it('keeps a multi-sentence quote and its attribution as one sentence', () => {
    const p = '“We see it. We welcome it,” Putin said. Then he left.';
    expect(splitSentences(p).map((s) => s.text)).toEqual([
      '“We see it. We welcome it,” Putin said.',
      'Then he left.',
    ]);
  });
  it('ends a sentence after a closing quote and starts the next at an opening quote', () => {
    const p = '“We are open,” he said, according to the website. “The root causes matter.”';
    expect(splitSentences(p).map((s) => s.text)).toEqual([
      '“We are open,” he said, according to the website.',
      '“The root causes matter.”',
    ]);
  });
  it('does not split after initialisms or titles', () => {
    expect(
      splitSentences('The new U.S. administration met Dr. Smith on Monday. It ended.'),
    ).toHaveLength(2);
  });
  it('handles straight quotes like curly ones', () => {
    expect(splitSentences('"One. Two," she said. Next.').map((s) => s.text)).toEqual([
      '"One. Two," she said.',
      'Next.',
    ]);
  });
});

describe('sentencesOf(paragraphs)', () => {
  it('gives offsets that slice the original text exactly', () => {
    const text = 'Title line\n\nFirst sentence here. Second one “quoted.”\n\nThird.';
    for (const s of sentencesOf(splitParagraphs(text)))
      expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('splitParagraphs(text): a saved page’s date stamp', () => {
  // Stored pages glue the page's date to the first sentence (" date 2024-09-17 Rebels took …").
  const text =
    ' date 2024-09-17 Rebels took the town of Eastford on Monday, officials said.\nMore.';
  it('is a line of its own, so no sentence starts with it and offsets still slice the text', () => {
    const ps = splitParagraphs(text);
    expect(ps.map((p) => p.text)).toEqual([
      'date 2024-09-17',
      'Rebels took the town of Eastford on Monday, officials said.',
      'More.',
    ]);
    for (const p of ps) expect(text.slice(p.start, p.end)).toBe(p.text);
  });
  it('is read as the publication date', () => {
    expect(readMetadata(splitParagraphs(text)).published).toBe('2024-09-17');
  });
  it('keeps a line that only mentions a date as it is', () => {
    const t = 'date 2024-09-17';
    expect(splitParagraphs(t).map((p) => p.text)).toEqual(['date 2024-09-17']);
    expect(splitParagraphs('The date 2024-09-17 was set.').map((p) => p.text)).toHaveLength(1);
  });
});

describe('splitParagraphs(text): hard-wrapped copy', () => {
  it('joins a line that ends mid-sentence with the lower-case line that goes on', () => {
    const text =
      'PORTVALE, Eastland Nov 20 Rebels\nhave taken the town after days\nof clashes, a spokesman said.\nA second paragraph.';
    const ps = splitParagraphs(text);
    expect(ps.map((p) => p.text)).toEqual([
      'PORTVALE, Eastland Nov 20 Rebels\nhave taken the town after days\nof clashes, a spokesman said.',
      'A second paragraph.',
    ]);
    for (const p of ps) expect(text.slice(p.start, p.end)).toBe(p.text);
  });
  it('keeps lines apart after a full stop, before a capital, or across a blank line', () => {
    expect(splitParagraphs('One ends.\nlower start').map((p) => p.text)).toHaveLength(2);
    expect(splitParagraphs('A title line\nNext Line').map((p) => p.text)).toHaveLength(2);
    expect(splitParagraphs('A title line\n\nnext line').map((p) => p.text)).toHaveLength(2);
  });
});
