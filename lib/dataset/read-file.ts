import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { isUtf8 } from 'node:buffer';
import path from 'node:path';

/** Largest file the loader reads; anything bigger is reported, not parsed. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Why a data file could not be read, in words; `line` when the fault has one. */
export interface ReadFault {
  message: string;
  line?: number;
}

export type ReadResult = { ok: true; text: string } | { ok: false; fault: ReadFault };

/** The real path of a dataset folder (links resolved), or null when it does not exist. */
export function realDatasetRoot(dir: string): string | null {
  try {
    return realpathSync(dir);
  } catch {
    return null;
  }
}

/** True when `real` (a resolved path) is `root` itself or lies inside it. */
export function isInside(root: string, real: string): boolean {
  const rel = path.relative(root, real);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

const errCode = (e: unknown) => (e as NodeJS.ErrnoException | undefined)?.code;

/**
 * Reads `name` (relative to the dataset folder `root`, already resolved by realDatasetRoot) as
 * UTF-8 text. Never throws and never blocks: a path that resolves (through "..", an absolute
 * name or a symbolic link) outside the folder, anything but a regular file (a folder, a FIFO, a
 * device), a file over MAX_FILE_BYTES, a byte-order mark or bytes that are not UTF-8 each come
 * back as a fault in words. `kind` "json" prefixes encoding faults with "not valid JSON".
 */
export function readDataFile(root: string, name: string, kind: 'json' | 'text'): ReadResult {
  const fail = (message: string, line?: number): ReadResult => ({
    ok: false,
    fault: line === undefined ? { message } : { message, line },
  });
  const full = path.resolve(root, name);
  if (!isInside(root, full)) return fail('path leads outside the dataset folder');
  let real: string;
  try {
    real = realpathSync(full);
  } catch (e) {
    const code = errCode(e);
    if (code === 'ENOENT' || code === 'ENOTDIR') return fail('file is missing');
    if (code === 'ELOOP') return fail('is a loop of symbolic links');
    return fail(`cannot be read (${code ?? 'error'})`);
  }
  if (!isInside(root, real))
    return fail('is a link to a file outside the dataset folder; data files must live inside it');
  // Check the type before opening: opening a FIFO for reading would wait for a writer forever.
  let size: number;
  try {
    const st = statSync(real);
    if (st.isDirectory()) return fail('is a folder, not a file');
    if (!st.isFile()) return fail('is not a regular file (a FIFO, socket or device); refused');
    size = st.size;
  } catch (e) {
    return fail(`cannot be read (${errCode(e) ?? 'error'})`);
  }
  if (size > MAX_FILE_BYTES) return fail(overLimit(size));
  let bytes: Buffer;
  try {
    // O_NONBLOCK, and the type checked again on the open file: the name may have been swapped
    // for a FIFO since the stat above.
    const fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const st = fstatSync(fd);
      if (!st.isFile()) return fail('is not a regular file (a FIFO, socket or device); refused');
      if (st.size > MAX_FILE_BYTES) return fail(overLimit(st.size));
      bytes = Buffer.alloc(st.size);
      let off = 0;
      while (off < bytes.length) {
        const n = readSync(fd, bytes, off, bytes.length - off, off);
        if (n === 0) break;
        off += n;
      }
      bytes = bytes.subarray(0, off);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    return fail(`cannot be read (${errCode(e) ?? 'error'})`);
  }
  const prefix = kind === 'json' ? 'not valid JSON: ' : '';
  const bom = byteOrderMark(bytes);
  if (bom)
    return fail(
      `${prefix}starts with a ${bom} byte-order mark (BOM); save it as UTF-8 without one`,
      1,
    );
  const bad = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const line = lineAtByte(bytes, bad);
    return fail(
      `${prefix}not UTF-8 (byte 0x${(bytes[bad] ?? 0).toString(16).padStart(2, '0')} at byte offset ${bad}, line ${line}); save it as UTF-8`,
      line,
    );
  }
  return { ok: true, text: bytes.toString('utf8') };
}

const overLimit = (size: number) =>
  `file is ${(size / 1048576).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1048576} MB limit`;

function byteOrderMark(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'UTF-8';
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return 'UTF-16';
  return null;
}

function lineAtByte(b: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (b[i] === 10) line++;
  return line;
}

/**
 * Offset of the first byte that does not begin a well-formed UTF-8 sequence (RFC 3629: no
 * overlong forms, no surrogates, nothing above U+10FFFF), or -1 when all is well.
 */
export function firstInvalidUtf8(b: Uint8Array): number {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    const second = b[i + 1];
    if (second === undefined || second < lo || second > hi) return i;
    for (let k = 2; k <= need; k++) {
      const x = b[i + k];
      if (x === undefined || x < 0x80 || x > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}
