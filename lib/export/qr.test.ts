import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { QR_MAX_BYTES, qrCode, qrPath, type QrCode } from './qr';

/** The code drawn as a bitmap (4 px per module, 4-module quiet zone), read back by jsQR. */
function decode(code: QrCode): string | null {
  const scale = 4;
  const side = (code.size + 8) * scale;
  const px = new Uint8ClampedArray(side * side * 4).fill(255);
  code.dark.forEach((row, r) =>
    row.forEach((on, c) => {
      if (!on) return;
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          const i = (((r + 4) * scale + dy) * side + (c + 4) * scale + dx) * 4;
          px[i] = px[i + 1] = px[i + 2] = 0;
        }
    }),
  );
  return jsQR(px, side, side)?.data ?? null;
}

/** The cells the path fills, parsed back from its runs. */
function cellsOf(path: string, margin: number): Set<string> {
  const cells = new Set<string>();
  for (const m of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const [x, y, w] = [Number(m[1]) - margin, Number(m[2]) - margin, Number(m[3])];
    for (let i = 0; i < w; i++) cells.add(`${x + i},${y}`);
  }
  return cells;
}

describe('qrCode', () => {
  it('encodes an address a phone reads back exactly', () => {
    const url = 'https://faultline.example/ukraine/present?story=kherson-2022';
    const code = qrCode(url)!;
    expect(code.size).toBeGreaterThanOrEqual(21);
    expect(decode(code)).toBe(url);
  });

  it('keeps non-Latin text (UTF-8 bytes)', () => {
    const text = 'https://faultline.example/uk/ukraine?q=Херсон';
    expect(decode(qrCode(text)!)).toBe(text);
  });

  it('gives no code for empty or over-long text', () => {
    expect(qrCode('')).toBeNull();
    expect(qrCode('x'.repeat(QR_MAX_BYTES + 1))).toBeNull();
    expect(qrCode('x'.repeat(QR_MAX_BYTES))).not.toBeNull();
  });
});

describe('qrPath', () => {
  it('fills exactly the dark modules, inside the quiet zone', () => {
    const code = qrCode('https://faultline.example/sudan/present')!;
    const filled = cellsOf(qrPath(code, 4), 4);
    const dark = new Set<string>();
    code.dark.forEach((row, y) => row.forEach((on, x) => on && dark.add(`${x},${y}`)));
    expect(filled).toEqual(dark);
  });
});
