import qrcode from 'qrcode-generator';

/**
 * A QR code of a short text (a web address), as an SVG path of its dark modules, so that a
 * printed handout can be opened on a phone. Built by qrcode-generator (ISO/IEC 18004, error
 * correction M: a code survives a smudge or a fold). Long texts make dense codes a classroom
 * printer cannot print crisply, so past QR_MAX_BYTES there is no code.
 */
export const QR_MAX_BYTES = 300;

export interface QrCode {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** Dark modules, row by row. */
  dark: boolean[][];
}

/** The code of `text`, or null when it is empty or longer than QR_MAX_BYTES in UTF-8. */
export function qrCode(text: string): QrCode | null {
  const bytes = new TextEncoder().encode(text);
  if (bytes.length === 0 || bytes.length > QR_MAX_BYTES) return null;
  const qr = qrcode(0, 'M');
  // Byte mode over the UTF-8 bytes (the library's default reads characters as Latin-1).
  qr.addData(String.fromCharCode(...bytes), 'Byte');
  qr.make();
  const size = qr.getModuleCount();
  const dark = Array.from({ length: size }, (_, r) =>
    Array.from({ length: size }, (_, c) => qr.isDark(r, c)),
  );
  return { size, dark };
}

/**
 * The dark modules as one SVG path in module units, offset by `margin` (the quiet zone, 4
 * modules by the standard): one horizontal run per `M x y h w v 1 h -w z`.
 */
export function qrPath(code: QrCode, margin = 4): string {
  const parts: string[] = [];
  code.dark.forEach((row, y) => {
    let x = 0;
    while (x < code.size) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < code.size && row[x]) x++;
      parts.push(`M${start + margin} ${y + margin}h${x - start}v1h${start - x}z`);
    }
  });
  return parts.join('');
}
