/** Largest article the ingest tool reads. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

export type InputCheck = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Decodes raw input as UTF-8 and refuses what is not an article: empty, over 5 MB, binary
 * (NUL bytes or many control characters), or not valid UTF-8. Never throws.
 */
export function decodeInput(bytes: Uint8Array): InputCheck {
  if (bytes.length === 0) return { ok: false, reason: 'the input is empty' };
  if (bytes.length > MAX_INPUT_BYTES) {
    return {
      ok: false,
      reason: `the input is ${(bytes.length / 1048576).toFixed(1)} MB, over the 5 MB limit`,
    };
  }
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0)
      return {
        ok: false,
        reason: 'the input looks binary (it contains NUL bytes), not an article text',
      };
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control > head.length * 0.05)
    return {
      ok: false,
      reason: 'the input looks binary (many control characters), not an article text',
    };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      reason: 'the input is not valid UTF-8; convert it first (e.g. iconv -f latin1 -t utf-8)',
    };
  }
  if (!text.trim()) return { ok: false, reason: 'the input has no text (only white space)' };
  return { ok: true, text };
}
