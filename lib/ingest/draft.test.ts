import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { sourceFile } from '../schema';
import { ingestText } from './draft';
import { scoreDraft } from './eval';
import { extractHtmlNode } from './html-node';
import { decodeInput, MAX_INPUT_BYTES } from './input';
import { readMetadata } from './metadata';
import { splitParagraphs } from './text';
import { ukraineConflict } from './test-helpers';
import { validateDraft } from './validate-draft';

const root = path.join(__dirname, '../..');
const conflict = ukraineConflict();
const regionIds = (
  JSON.parse(
    readFileSync(path.join(root, 'data/ukraine/regions.geojson'), 'utf8'),
  ) as FeatureCollection
).features.map((f) => String(f.id));
const seedText = readFileSync(
  path.join(root, 'data/ukraine/sources/newsroom-2025-01-21.txt'),
  'utf8',
);
const seedFacts = sourceFile.parse(
  JSON.parse(
    readFileSync(path.join(root, 'data/ukraine/sources/newsroom-2025-01-21.json'), 'utf8'),
  ),
);

describe('ingestText(seed article)', () => {
  const r = ingestText(seedText, { conflict, textFile: 'newsroom.txt', publisher: 'Newsroom' });
  it('reads title, byline, publication and update dates from the header', () => {
    expect(r.meta).toMatchObject({
      title: 'Putin Signals Willingness for Ukraine Peace Talks as Trump Takes Office',
      author: 'Vusala Abbasova',
      published: '2025-01-21',
      updated: '2025-02-10 13:49',
    });
  });
  it('drafts a file that passes schema and cross-file validation, every fact pending with evidence found verbatim', () => {
    expect(validateDraft(r.draft, conflict, regionIds, r.text, r.newPeople, r)).toEqual([]);
    const all = [...r.draft.statements, ...r.draft.events, ...r.draft.control, ...r.draft.claims];
    expect(all.length).toBeGreaterThan(10);
    for (const f of all) {
      expect(f.review).toBe('pending');
      expect(f.confidence).toBeGreaterThan(0);
      expect(f.evidence.type === 'sentence' && r.text.includes(f.evidence.text)).toBe(true);
    }
  });
  it('reproduces the hand-curated seed facts: recall ≥ 0.9 and precision ≥ 0.95 for statements and control figures', () => {
    const s = scoreDraft(seedFacts, r.draft);
    expect(s.statements.recall).toBeGreaterThanOrEqual(0.9);
    expect(s.statements.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.control.recall).toBeGreaterThanOrEqual(0.9);
    expect(s.control.precision).toBeGreaterThanOrEqual(0.95);
  });
  it('does not take the photo caption (a repeat of body text) as a source of facts', () => {
    const captionAt = r.text.indexOf('/ kremlin.ru');
    for (const loc of r.locations)
      expect(loc.start > captionAt || loc.end < r.text.indexOf('Despite')).toBe(true);
  });
});

describe('ingestText(edge cases)', () => {
  it('says plainly when there is no date, and leaves relative dates unresolved', () => {
    const r = ingestText('“We will hold every village,” said Olga Ivanova on Monday.', {
      conflict,
    });
    expect(r.draft.sources[0]?.published).toBeNull();
    expect(r.warnings.join(' ')).toMatch(/No publication date/);
    expect(r.draft.statements[0]?.date.basis).toBe('unknown');
    expect(validateDraft(r.draft, conflict, regionIds, r.text, r.newPeople, r)).toEqual([]);
  });
  it('uses a given publication date when the text has none', () => {
    const r = ingestText('“We will hold every village,” said Olga Ivanova on Monday.', {
      conflict,
      published: '2025-01-21',
    });
    expect(r.draft.statements[0]?.date).toMatchObject({ value: '2025-01-20', basis: 'relative' });
  });
  it('never throws on odd input', () => {
    for (const t of [
      '',
      '\n\n\n',
      '“',
      '"""',
      '.'.repeat(1000),
      'Russia controls',
      'By',
      '%%% 80 percent of of of',
    ]) {
      expect(() => ingestText(t, { conflict })).not.toThrow();
    }
  });
});

describe('readMetadata(paragraphs)', () => {
  it('reads "Published:" lines and skips logos and captions', () => {
    const m = readMetadata(
      splitParagraphs(
        'Site logo\n\nA Headline About Something Here\n\nPublished: 12 June 2023\n\nPhoto: a bridge / example.com\n\nThe body starts here with a full sentence of text.',
      ),
    );
    expect(m).toMatchObject({
      title: 'A Headline About Something Here',
      published: '2023-06-12',
      bodyStart: 4,
    });
  });
});

describe('extractHtmlNode(html)', () => {
  it('finds the main text and the page’s metadata, leaving navigation out', () => {
    const para =
      'Russia controls Crimea, which it annexed in 2014, the report said in a long paragraph of text. '.repeat(
        3,
      );
    const html = `<!doctype html><html><head><title>T</title><meta property="og:title" content="Front Line Report"><meta property="og:site_name" content="Example News"><meta property="article:published_time" content="2025-01-21T10:00:00Z"><meta name="author" content="Jane Roe"></head><body><nav><a href="/">Home</a> <a href="/x">Sections menu</a></nav><article><h1>Front Line Report</h1><p>${para}</p><p>“We are open to dialogue with everyone,” Putin said on Monday.</p><p>${para}</p></article><footer>Copyright footer text</footer></body></html>`;
    const a = extractHtmlNode(html);
    expect(a).toMatchObject({
      title: 'Front Line Report',
      publisher: 'Example News',
      published: '2025-01-21',
      author: 'Jane Roe',
    });
    expect(a.text).toContain('“We are open to dialogue with everyone,” Putin said on Monday.');
    expect(a.text).not.toContain('Sections menu');
    const r = ingestText(a.text, { conflict });
    expect(r.draft.statements[0]).toMatchObject({
      speaker: 'vladimir-putin',
      date: { value: '2025-01-20' },
    });
  });
});

describe('decodeInput(bytes)', () => {
  it('refuses empty, binary, non-UTF-8 and oversized input with a reason', () => {
    expect(decodeInput(new Uint8Array())).toEqual({ ok: false, reason: 'the input is empty' });
    expect(decodeInput(new Uint8Array([65, 0, 66]))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/binary/),
    });
    expect(decodeInput(new Uint8Array([67, 97, 102, 0xe9, 10]))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/UTF-8/),
    });
    expect(decodeInput(new Uint8Array(MAX_INPUT_BYTES + 1).fill(65))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/5 MB/),
    });
    expect(decodeInput(new TextEncoder().encode('Café ok'))).toEqual({ ok: true, text: 'Café ok' });
  });
});
