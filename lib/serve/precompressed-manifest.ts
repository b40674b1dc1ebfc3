/** The build's list of compressed copies for `next start` (written by scripts/precompress.ts). */
export const PRECOMPRESSED_DIR = 'precompressed';
export const MANIFEST_FILE = 'manifest.json';

export interface PrecompressedEntry {
  /** File names inside <distDir>/precompressed/, when that encoding is smaller. */
  br?: string;
  gzip?: string;
  /** A hash of the uncompressed body: the ETag, with the encoding after it. */
  etag: string;
  /** Response headers (lower-case names) besides the encoding's. */
  headers: Record<string, string>;
  /** The uncompressed size. */
  bytes: number;
}

export interface PrecompressedManifest {
  version: 1;
  /** By request path, e.g. "/ukraine", "/_next/static/chunks/x.js". */
  entries: Record<string, PrecompressedEntry>;
}
