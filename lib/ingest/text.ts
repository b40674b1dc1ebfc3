/**
 * Article text → paragraphs → sentences, keeping offsets into the original text so that every
 * fact's evidence is an exact slice of it.
 */

export interface Sentence {
  /** The exact text of the sentence, a slice of the article text. */
  text: string;
  start: number;
  end: number;
  /** Index of the paragraph the sentence belongs to (over body paragraphs). */
  paragraph: number;
  /** Index of the sentence within the whole body. */
  index: number;
}

export interface Paragraph {
  text: string;
  start: number;
  end: number;
}

/** Normalises line endings and strips a byte-order mark; nothing else is touched. */
export function normalizeText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Paragraphs are separated by blank lines (or, in single-spaced text, by line breaks). */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const start = m.index + lead;
    // A saved page's date stamp glued to the first sentence (" date 2024-09-17 Russian forces
    // have …") is a line of its own: the header reads it as the publication date, and no
    // sentence's evidence starts with it.
    const stamp = DATE_STAMP.exec(trimmed);
    if (stamp && stamp[0].length < trimmed.length) {
      const head = stamp[0].trimEnd();
      out.push({ text: head, start, end: start + head.length });
      const restStart = start + stamp[0].length;
      out.push({
        text: trimmed.slice(stamp[0].length),
        start: restStart,
        end: start + trimmed.length,
      });
      continue;
    }
    // Hard-wrapped copy (wire text broken at a fixed width): a line that ends mid-sentence and a
    // next line that goes on in lower case are one paragraph.
    const prev = out[out.length - 1];
    if (
      prev &&
      text.slice(prev.end, start).split('\n').length === 2 &&
      !/[.!?…:;"”’)\]]$/.test(prev.text) &&
      /^[\p{Ll}\d]/u.test(trimmed) &&
      !DATE_STAMP.test(prev.text + ' ')
    ) {
      prev.end = start + trimmed.length;
      prev.text = text.slice(prev.start, prev.end);
      continue;
    }
    out.push({ text: trimmed, start, end: start + trimmed.length });
  }
  return out;
}

const DATE_STAMP = /^date\s+\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?\s+(?=\S)/;

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'sgt',
  'adm',
  'gov',
  'sen',
  'rep',
  'st',
  'jr',
  'sr',
  'no',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'approx',
  'est',
  'fig',
  'pres',
]);

const OPEN_QUOTES = '“‘«';
const CLOSE_QUOTES = '”’»';

/**
 * Splits one paragraph into sentences. A full stop, question or exclamation mark ends a
 * sentence when followed by space and a capital or an opening quote, but never inside an open
 * quotation (so a multi-sentence quote and its attribution stay one sentence), after a known
 * abbreviation, or inside an initialism such as "U.S.".
 */
export function splitSentences(paragraph: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  let start = 0;
  let depth = 0; // curly quotes
  let straightOpen = false;
  const n = paragraph.length;
  for (let i = 0; i < n; i++) {
    const ch = paragraph[i] ?? '';
    if (ch === '“' || ch === '«') depth++;
    else if ((ch === '”' || ch === '»') && depth > 0) depth--;
    else if (ch === '"') straightOpen = !straightOpen;
    if (ch !== '.' && ch !== '?' && ch !== '!') continue;
    if (depth > 0 || straightOpen) continue;
    // Extend over closing quotes/brackets right after the mark.
    let j = i + 1;
    while (
      j < n &&
      (CLOSE_QUOTES.includes(paragraph[j] ?? '') || paragraph[j] === '"' || paragraph[j] === ')')
    ) {
      if (paragraph[j] === '"') straightOpen = false;
      j++;
    }
    if (j < n && !/\s/.test(paragraph[j] ?? '')) continue;
    let k = j;
    while (k < n && /\s/.test(paragraph[k] ?? '')) k++;
    if (k < n) {
      const next = paragraph[k] ?? '';
      if (!/[\p{Lu}\d]/u.test(next) && !OPEN_QUOTES.includes(next) && next !== '"') continue;
    }
    if (ch === '.') {
      const before = paragraph.slice(start, i);
      // Only the end of the text can hold the word; a bounded slice keeps a 20,000-letter
      // "word" (hostile or broken input) from making this quadratic.
      const word = /([\p{L}.]+)$/u.exec(before.slice(-64))?.[1] ?? '';
      if (ABBREVIATIONS.has(word.toLowerCase())) continue;
      // Initialisms: "U.S." / "U.N." — a single letter before the stop, preceded by a stop.
      if (/(^|[^\p{L}])\p{L}$/u.test(before) && /\p{L}\.\p{L}$/u.test(before)) {
        // "the U.S. Senate" continues; "in the U.S. The next" is ambiguous: keep together
        // unless the next word is a common sentence opener.
        const nextWord = /^[\p{L}]+/u.exec(paragraph.slice(k))?.[0] ?? '';
        if (!/^(The|He|She|It|They|We|But|In|On|A|An|This|That|Its|His|Her)$/.test(nextWord))
          continue;
      }
    }
    const text = paragraph.slice(start, j).trim();
    if (text) {
      const s =
        start + (paragraph.slice(start, j).length - paragraph.slice(start, j).trimStart().length);
      out.push({ text, start: s, end: s + text.length });
    }
    start = k;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) {
    const s = start + (paragraph.slice(start).length - paragraph.slice(start).trimStart().length);
    out.push({ text: rest, start: s, end: s + rest.length });
  }
  return out;
}

/** Sentences of a list of paragraphs, with absolute offsets. */
export function sentencesOf(paragraphs: readonly Paragraph[]): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((p, pi) => {
    for (const s of splitSentences(p.text)) {
      out.push({
        text: s.text,
        start: p.start + s.start,
        end: p.start + s.end,
        paragraph: pi,
        index: out.length,
      });
    }
  });
  return out;
}

/** A slug of lower-case letters, digits and hyphens. */
export function slugify(s: string, max = 48): string {
  const slug = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, max).replace(/-+$/, '') || 'x';
}

const STOP = new Set(
  'a an the of to in on at for and or but is are was were be been being it its this that these those with as by from not no he she they we you i his her their our your them him us me will would should could can may might must has have had do does did so such some any about into than then there here what which who whom whose when where why how all more most very just also over out up'.split(
    ' ',
  ),
);

/** Content words of a text (lower case, stop words removed), for overlap tests. */
export function contentWords(s: string): Set<string> {
  return new Set(
    (s.toLowerCase().match(/[\p{L}\d]+(?:-[\p{L}\d]+)*/gu) ?? []).filter(
      (w) => w.length > 2 && !STOP.has(w),
    ),
  );
}
