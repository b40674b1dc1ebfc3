/**
 * CSV per RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma, a
 * double quote, a line break or leading/trailing space, with inner quotes doubled. A UTF-8
 * byte-order mark starts the file so spreadsheet programs read names such as "Донецька" and
 * signs such as "≈" correctly; `parseCsv` accepts it.
 */

const BOM = '\uFEFF';
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One field, quoted only when it must be. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark (default true). */
  bom?: boolean;
}

/**
 * A table as CSV text: a header row of `columns`, then one row per record, fields in column
 * order; a missing field is empty.
 */
export function toCsv(columns: readonly string[], rows: readonly Readonly<Record<string, string>>[], options: CsvOptions = {}): string {
  const line = (fields: readonly string[]) => fields.map(csvField).join(',');
  const lines = [line(columns), ...rows.map((row) => line(columns.map((c) => row[c] ?? '')))];
  return (options.bom === false ? '' : BOM) + lines.join('\r\n') + '\r\n';
}

/**
 * Parses RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks; CRLF or LF line
 * ends; a leading byte-order mark is dropped). Returns rows of fields; a final line end does
 * not make an empty row. Throws on a quote that is never closed.
 */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let fieldStarted = false;
  while (i < src.length) {
    const ch = src[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      fieldStarted = true;
      i += 1;
    } else if (ch === ',') {
      row.push(field);
      field = '';
      fieldStarted = true;
      i += 1;
    } else if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      fieldStarted = false;
      i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      fieldStarted = true;
      i += 1;
    }
  }
  if (quoted) throw new Error('CSV: a quoted field is never closed');
  if (fieldStarted || field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Parsed CSV as records keyed by the header row. */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((fields) => Object.fromEntries(header.map((name, k) => [name, fields[k] ?? ''])));
}
