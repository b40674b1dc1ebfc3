/**
 * Verbatim search of many evidence sentences in one article text. `text.includes` per fact
 * scans the whole text each time, so a 5 MB draft of 50,000 facts took minutes to check. This
 * indexes the text once: the word starts bucketed by their first KEY characters, and a rolling
 * hash of every prefix, so each candidate start is compared in constant time and only a hash
 * match is confirmed character by character. Exact, like includes: when the index finds no word
 * start where the sentence begins, it falls back to includes.
 */
const KEY = 16;
/** Below this many look-ups, plain includes is cheaper than building the index. */
const INDEX_AFTER = 32;
/** A bucket with more word starts than this gets per-length hash maps. */
const CROWDED = 64;
const BASE = 0x01000193;

const isSpace = (code: number) =>
  code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0;

interface Index {
  buckets: Map<number, number[]>;
  /** prefix[i] = hash of text[0, i), modulo 2^32. */
  prefix: Uint32Array;
  powers: number[];
}

function keyHash(s: string, at: number): number {
  let h = 0x811c9dc5;
  for (let i = at; i < at + KEY; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

function build(text: string): Index {
  const buckets = new Map<number, number[]>();
  for (let p = 0; p + KEY <= text.length; p++) {
    if (p > 0 && !isSpace(text.charCodeAt(p - 1))) continue;
    const h = keyHash(text, p);
    const list = buckets.get(h);
    if (list) list.push(p);
    else buckets.set(h, [p]);
  }
  const prefix = new Uint32Array(text.length + 1);
  for (let i = 0; i < text.length; i++)
    prefix[i + 1] = (Math.imul(prefix[i]!, BASE) + text.charCodeAt(i)) >>> 0;
  return { buckets, prefix, powers: [1] };
}

function power(ix: Index, n: number): number {
  for (let i = ix.powers.length; i <= n; i++)
    ix.powers.push(Math.imul(ix.powers[i - 1]!, BASE) >>> 0);
  return ix.powers[n]!;
}

function hashOf(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, BASE) + s.charCodeAt(i)) >>> 0;
  return h;
}

/** A function telling whether a string occurs verbatim in `text`; exact, like includes. */
export function evidenceFinder(text: string): (sentence: string) => boolean {
  let calls = 0;
  let index: Index | null = null;
  const seen = new Map<string, boolean>();
  // Crowded buckets (many word starts sharing their first KEY characters, as in a text of
  // repeated paragraphs) get, per sentence length, a map from the hash of that many characters
  // to a start: built once per (bucket, length), then constant time per sentence.
  const byLength = new Map<string, Map<number, number>>();
  const viaIndex = (ix: Index, s: string): boolean | null => {
    const key = keyHash(s, 0);
    const starts = ix.buckets.get(key);
    if (!starts) return null;
    const n = s.length;
    const want = hashOf(s);
    const shift = power(ix, n);
    const at = (p: number) => (ix.prefix[p + n]! - Math.imul(ix.prefix[p]!, shift)) >>> 0;
    if (starts.length > CROWDED) {
      const id = `${key}:${n}`;
      let hashes = byLength.get(id);
      if (!hashes) {
        hashes = new Map();
        for (const p of starts) {
          if (p + n > text.length) break;
          const h = at(p);
          if (!hashes.has(h)) hashes.set(h, p);
        }
        byLength.set(id, hashes);
      }
      const p = hashes.get(want);
      if (p === undefined) return null;
      if (text.startsWith(s, p)) return true;
    }
    for (const p of starts) {
      if (p + n > text.length) break;
      if (at(p) === want && text.startsWith(s, p)) return true;
    }
    return null;
  };
  return (sentence) => {
    const known = seen.get(sentence);
    if (known !== undefined) return known;
    let found: boolean;
    if (sentence.length < KEY || ++calls <= INDEX_AFTER) found = text.includes(sentence);
    else {
      index ??= build(text);
      found = viaIndex(index, sentence) ?? text.includes(sentence);
    }
    seen.set(sentence, found);
    return found;
  };
}
