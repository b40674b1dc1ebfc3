import { csvParseRows } from 'd3-dsv';

/** A row the importer could not read, or read only in part: row 1 is the header line. */
export interface RowProblem {
  row: number;
  column?: string;
  message: string;
}

export interface CsvTable {
  /** Each data row as column → cell, with its row number in the file (the header is row 1). */
  rows: { row: number; cells: Record<string, string> }[];
  problems: RowProblem[];
  /** Data rows in the file, read or not. */
  total: number;
}

/**
 * Reads a CSV file with a header line, checking that the header names every required column
 * and that every row has as many cells as the header. A row that does not is reported, never
 * guessed at: a stray quote swallows the rows after it into one cell, and a short row would
 * shift every column. Rows are numbered by their line in the file (a cell with a line break
 * inside counts as one row, as a spreadsheet shows it).
 */
export function readCsvTable(text: string, required: readonly string[]): CsvTable {
  const body = text.replace(/^\uFEFF/, '');
  const raw = csvParseRows(body);
  const header = (raw[0] ?? []).map((h) => h.trim().toLowerCase());
  const problems: RowProblem[] = [];
  const missing = required.filter((c) => !header.includes(c));
  if (!header.length || (header.length === 1 && header[0] === ''))
    return { rows: [], problems: [{ row: 1, message: 'the file is empty' }], total: 0 };
  if (missing.length) {
    problems.push({
      row: 1,
      message: `the header lacks ${missing.length === 1 ? 'the column' : 'the columns'} ${missing.join(', ')}`,
    });
  }
  const rows: CsvTable['rows'] = [];
  let total = 0;
  raw.slice(1).forEach((cells, i) => {
    const row = i + 2;
    if (cells.length === 1 && cells[0]!.trim() === '') return; // a blank line
    total++;
    if (missing.length) {
      problems.push({ row, message: 'not read: the header lacks required columns' });
      return;
    }
    if (cells.length !== header.length) {
      problems.push({
        row,
        message: `has ${cells.length} cells where the header has ${header.length} (a stray quote or a missing comma?)`,
      });
      return;
    }
    rows.push({ row, cells: Object.fromEntries(header.map((h, j) => [h, cells[j]!.trim()])) });
  });
  return { rows, problems, total };
}
