import { describe, expect, it } from 'vitest';
import { chooseEncoding, compressibleType } from './encoding';

describe('chooseEncoding', () => {
  it('prefers brotli, then gzip, as browsers offer them', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip, deflate')).toBe('gzip');
    expect(chooseEncoding('GZIP')).toBe('gzip');
  });
  it('sends the file as it is when nothing usable is offered', () => {
    expect(chooseEncoding(null)).toBeNull();
    expect(chooseEncoding('')).toBeNull();
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding('deflate, zstd')).toBeNull();
  });
  it('honours q=0 refusals and the * wildcard', () => {
    expect(chooseEncoding('br;q=0, gzip')).toBe('gzip');
    expect(chooseEncoding('br; q=0, gzip;q=0')).toBeNull();
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('*;q=0')).toBeNull();
    expect(chooseEncoding('br;q=0, *')).toBe('gzip');
    expect(chooseEncoding('br;q=nonsense, gzip')).toBe('gzip');
  });
});

describe('compressibleType', () => {
  it('names text formats and skips compressed ones', () => {
    expect(compressibleType('ukraine.html')).toBe('text/html; charset=utf-8');
    expect(compressibleType('/data/ukraine/regions.GEOJSON')).toBe('application/geo+json');
    expect(compressibleType('chunk.js')).toMatch(/javascript/);
    expect(compressibleType('map.png')).toBeNull();
    expect(compressibleType('inter.woff2')).toBeNull();
    expect(compressibleType('README')).toBeNull();
  });
});
