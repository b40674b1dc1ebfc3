import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ANNOTATION_MAX,
  EDITORIAL_TEXT,
  annotationsFor,
  cleanEditorialText,
  parseAnnotation,
  parseEditorial,
} from './editorial';
import { embedCode, embedQuery, parseEmbedOptions } from './options';

import { isValidDateValue as isDay } from '../dates/fuzzy-date';

describe('cleanEditorialText', () => {
  it('keeps ordinary text as typed, Arabic and Ukrainian included', () => {
    expect(cleanEditorialText('Who holds Kherson?', 120)).toBe('Who holds Kherson?');
    expect(cleanEditorialText('من يسيطر على الفاشر؟', 120)).toBe('من يسيطر على الفاشر؟');
    expect(cleanEditorialText('Хто контролює Херсон', 120)).toBe('Хто контролює Херсон');
  });
  it('removes controls and bidi overrides, collapses whitespace, and treats blank as absent', () => {
    expect(cleanEditorialText('a\u202Eevil\u202C\tb\n\nc\u0000', 120)).toBe('aevil b c');
    expect(cleanEditorialText('  \u200B \u2066 ', 120)).toBeNull();
    expect(cleanEditorialText(null, 120)).toBeNull();
  });
  it('keeps the zero-width non-joiner Persian script needs', () => {
    expect(cleanEditorialText('می\u200Cخواهم', 50)).toBe('می\u200Cخواهم');
  });
  it('cuts long text at a word with an ellipsis, within the limit', () => {
    const out = cleanEditorialText('one two three four five six seven', 20)!;
    expect(out).toBe('one two three four…');
    expect(Array.from(out).length).toBeLessThanOrEqual(20);
  });
  it('never returns more than the limit, a control character or a bidi override (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 600 }),
        fc.integer({ min: 2, max: 400 }),
        (raw, max) => {
          const out = cleanEditorialText(raw, max);
          if (out === null) return;
          expect(Array.from(out).length).toBeLessThanOrEqual(max);
          expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
          expect(out).toBe(out.trim());
        },
      ),
    );
  });
});

describe('parseAnnotation', () => {
  it('reads a date or a region before the first colon; the text may hold colons', () => {
    expect(parseAnnotation('2022-02-24:Invasion: day one', isDay)).toEqual({
      kind: 'date',
      at: '2022-02-24',
      text: 'Invasion: day one',
    });
    expect(parseAnnotation('UA-65:Retaken', isDay)).toEqual({
      kind: 'region',
      at: 'UA-65',
      text: 'Retaken',
    });
  });
  it('drops an impossible day, an empty text, a missing target or a target with markup', () => {
    expect(parseAnnotation('2022-02-31:x', isDay)).toBeNull();
    expect(parseAnnotation('UA-65:   ', isDay)).toBeNull();
    expect(parseAnnotation(':text', isDay)).toBeNull();
    expect(parseAnnotation('<b>:text', isDay)).toBeNull();
  });
});

describe('parseEditorial', () => {
  it('reads every field, the switches and at most three distinct annotations', () => {
    const p = new URLSearchParams();
    p.set('title', 'Who holds what');
    p.set('subtitle', 'Share of each region');
    p.set('note', 'Figures as reported');
    p.set('byline', 'Chart: J. Doe');
    p.set('alt', 'A map of Ukraine');
    p.set('legend', '0');
    p.set('downloads', 'false');
    for (const a of ['UA-65:one', 'UA-65:again', '2022-02-24:two', 'UA-14:three', 'UA-23:four'])
      p.append('annotate', a);
    const e = parseEditorial(p, isDay);
    expect(e).toMatchObject({
      title: 'Who holds what',
      subtitle: 'Share of each region',
      note: 'Figures as reported',
      byline: 'Chart: J. Doe',
      alt: 'A map of Ukraine',
      legend: false,
      downloads: false,
    });
    expect(e.annotations.map((a) => a.at)).toEqual(['UA-65', '2022-02-24', 'UA-14']);
    expect(e.annotations).toHaveLength(ANNOTATION_MAX);
  });
  it('annotationsFor drops regions the dataset lacks and days outside it', () => {
    const kept = annotationsFor(
      [
        { kind: 'region', at: 'UA-65', text: 'a' },
        { kind: 'region', at: 'XX-1', text: 'b' },
        { kind: 'date', at: '2010-01-01', text: 'c' },
        { kind: 'date', at: '2022-02-24', text: 'd' },
      ],
      { regionIds: new Set(['UA-65']), bounds: ['2014-01-01', '2025-12-31'] },
    );
    expect(kept.map((a) => a.text)).toEqual(['a', 'd']);
  });
});

describe('editorial options in the embed URL and code', () => {
  it('survive a round trip through embedQuery and parseEmbedOptions', () => {
    const options = {
      title: 'Kherson & the river',
      note: 'Said "held", not "controlled"',
      legend: false,
      annotations: [{ kind: 'region' as const, at: 'UA-65', text: 'Retaken: November' }],
    };
    const back = parseEmbedOptions(embedQuery(options));
    expect(back).toMatchObject(options);
    expect(back.downloads).toBe(true);
  });
  it('hostile values come back as inert text within their limits (property)', () => {
    const hostile = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 500 }),
      fc.constantFrom(
        '<script>alert(1)</script>',
        '"><img src=x onerror=alert(1)>',
        "javascript:alert('x')",
        '\u202Egnp.exe',
      ),
    );
    fc.assert(
      fc.property(hostile, hostile, (title, alt) => {
        const o = parseEmbedOptions(embedQuery({ title, alt }));
        if (o.title)
          expect(Array.from(o.title).length).toBeLessThanOrEqual(EDITORIAL_TEXT.title.max);
        if (o.alt) expect(Array.from(o.alt).length).toBeLessThanOrEqual(EDITORIAL_TEXT.alt.max);
        const code = embedCode({
          origin: 'https://f.example',
          options: o,
          size: { kind: 'responsive' },
          title: 'Default',
        });
        // One iframe element, its attributes quoted: nothing typed can open a tag or end one.
        const tags = code.match(/<[a-z]+/g) ?? [];
        expect(tags).toEqual(['<iframe', '<script']);
        const titleAttr = code.match(/ title="([^"]*)"/)?.[1] ?? '';
        expect(titleAttr).not.toMatch(/[<>]/);
      }),
    );
  });
  it('the iframe is named by the alt text, else the title, else the default', () => {
    const code = (o: object) =>
      embedCode({
        origin: 'https://f.example',
        options: o,
        size: { kind: 'responsive' },
        title: 'Default',
      });
    expect(code({ alt: 'A map', title: 'T' })).toContain('title="A map"');
    expect(code({ title: 'T & U' })).toContain('title="T &amp; U"');
    expect(code({})).toContain('title="Default"');
  });
});
