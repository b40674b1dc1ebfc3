import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvField, parseCsv, parseCsvRecords, toCsv } from './csv';

describe('csvField', () => {
  it('csvField(value) leaves plain text unquoted', () => {
    expect(csvField('Donetsk')).toBe('Donetsk');
    expect(csvField('')).toBe('');
  });
  it('csvField(value) quotes commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvField('Donetsk, Luhansk')).toBe('"Donetsk, Luhansk"');
    expect(csvField('he said "no"')).toBe('"he said ""no"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
  });
  it('csvField(value) quotes leading and trailing spaces so they survive', () => {
    expect(csvField(' x')).toBe('" x"');
    expect(csvField('x ')).toBe('"x "');
  });
});

describe('toCsv', () => {
  it('toCsv(columns, rows) writes a BOM, a header, fields in column order and CRLF line ends', () => {
    const text = toCsv(['id', 'text'], [{ text: 'a, b', id: '1' }, { id: '2' }]);
    expect(text).toBe('\uFEFFid,text\r\n1,"a, b"\r\n2,\r\n');
  });
  it('toCsv(columns, rows, {bom: false}) leaves the byte-order mark out', () => {
    expect(toCsv(['a'], [], { bom: false })).toBe('a\r\n');
  });
});

describe('parseCsv', () => {
  it('parseCsv(text) reads back what toCsv wrote, whatever the fields hold', () => {
    const rows = [
      { a: 'plain', b: '“≈80%” – Донецька', c: '' },
      { a: 'comma, inside', b: 'quote "inside"', c: 'line\nbreak\r\nand CRLF' },
      { a: ' padded ', b: '""', c: ',' },
    ];
    const text = toCsv(['a', 'b', 'c'], rows);
    expect(parseCsvRecords(text)).toEqual(rows);
  });
  it('parseCsv(text) accepts LF line ends and a missing final line end', () => {
    expect(parseCsv('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
  it('parseCsv(text) keeps empty fields, including a quoted empty last field', () => {
    expect(parseCsv('a,,""\r\n')).toEqual([['a', '', '']]);
  });
  it('parseCsv(text) throws on a quote that is never closed', () => {
    expect(() => parseCsv('a,"b\r\n')).toThrow(/never closed/);
  });
});

describe('formula injection', () => {
  it('csvField(value) prefixes an apostrophe to cells starting with = + - @, tab or CR', () => {
    expect(csvField('=HYPERLINK("http://evil.example","x")')).toBe(
      '"\'=HYPERLINK(""http://evil.example"",""x"")"',
    );
    expect(csvField('+cmd|calc')).toBe("'+cmd|calc");
    expect(csvField("-2+3+cmd|' /C calc'!A0")).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1+1')).toBe("'\t=1+1");
    expect(csvField('\r=1')).toBe('"\'\r=1"');
  });
  it('csvField(value) leaves plain numbers and text with signs inside alone', () => {
    expect(csvField('-5')).toBe('-5');
    expect(csvField('+3.5')).toBe('+3.5');
    expect(csvField('-12%')).toBe('-12%');
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField('≈80%')).toBe('≈80%');
  });
  it('no exported cell starts with a formula sign, for any text', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), (values) => {
        const cols = values.map((_, k) => `c${k}`);
        const row = Object.fromEntries(cols.map((c, k) => [c, values[k] ?? '']));
        const [, fields] = parseCsv(toCsv(cols, [row], { bom: false }));
        for (const f of fields ?? []) {
          if (/^[+-]?\d+(?:[.,]\d+)?%?$/.test(f)) continue;
          expect(f).not.toMatch(/^[=+\-@\t\r]/);
        }
      }),
    );
  });
  it('parseCsvRecords(toCsv(rows)) gives back exactly the rows, formula-like cells included', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.constantFrom('=', '+', '-', '@', "'", '\t', '1', 'a', ' ', '"', ',', '\n'), {
            maxLength: 8,
          })
          .map((cs) => cs.join('')),
        (value) => {
          expect(parseCsvRecords(toCsv(['v'], [{ v: value }]))).toEqual([{ v: value }]);
        },
      ),
    );
  });
});
