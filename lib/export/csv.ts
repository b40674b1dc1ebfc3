/**
 * CSV per RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma, a
 * double quote, a line break or leading/trailing space, with inner quotes doubled. A UTF-8
 * byte-order mark starts the file so spreadsheet programs read names such as "Донецька" and
 * signs such as "≈" correctly; `parseCsv` accepts it.
 *
 * Formula injection: a spreadsheet runs a cell that starts with = + - @ (or a tab or carriage
 * return) as a formula, so such a value is written with a leading apostrophe, which makes it
 * text. Plain numbers ("-5", "+3.5") are left alone. `parseCsvRecords` removes it again,
 * so the export reads back exactly (a value that already starts with apostrophes before such a
 * sign gets one more, which keeps the mapping reversible).
 */

const BOM = '\uFEFF';
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** Starts like a formula, possibly behind apostrophes added by earlier neutralising. */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?%?$/;

/** The value as a spreadsheet will take it as text: a formula-like start gets an apostrophe. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** Undoes `neutraliseFormula`. */
export function restoreFormula(value: string): string {
  return value.startsWith("'") &&
    FORMULA_START.test(value.slice(1)) &&
    !PLAIN_NUMBER.test(value.slice(1))
    ? value.slice(1)
    : value;
}

/** One field, made inert for spreadsheets, quoted only when it must be. */
export function csvField(raw: string): string {
  const value = neutraliseFormula(raw);
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
export function toCsv(
  columns: readonly string[],
  rows: readonly Readonly<Record<string, string>>[],
  options: CsvOptions = {},
): string {
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

/** Parsed CSV as records keyed by the header row, formula neutralising undone. */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((fields) =>
    Object.fromEntries(header.map((name, k) => [name, restoreFormula(fields[k] ?? '')])),
  );
}
