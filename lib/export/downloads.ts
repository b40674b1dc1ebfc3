import type { CompiledDataset } from '../dataset/types';
import { toCsv } from './csv';
import { factTables, type FactTableId } from './fact-tables';
import { datasetDownload, toJson } from './json';

/** A file /data offers for download, written at build time. */
export interface Download {
  /** File name under /data/. */
  name: string;
  label: string;
  description: string;
  contentType: string;
  /** The table it holds, for CSV files. */
  table?: FactTableId;
}

const CSV = 'text/csv; charset=utf-8';

/** Every download, in the order /data lists them. */
export function downloadsFor(dataset: Pick<CompiledDataset, 'id'>): Download[] {
  return [
    {
      name: `faultline-${dataset.id}.json`,
      label: 'Whole dataset (JSON)',
      description:
        'the conflict, parties, people, regions, every source and every fact, as in the data files',
      contentType: 'application/json; charset=utf-8',
    },
    {
      name: 'statements.csv',
      label: 'Statements (CSV)',
      description: 'one row per statement',
      contentType: CSV,
      table: 'statements',
    },
    {
      name: 'events.csv',
      label: 'Events (CSV)',
      description: 'one row per event',
      contentType: CSV,
      table: 'events',
    },
    {
      name: 'control.csv',
      label: 'Control figures (CSV)',
      description: 'one row per control figure',
      contentType: CSV,
      table: 'control',
    },
    {
      name: 'claims.csv',
      label: 'Territorial claims (CSV)',
      description: 'one row per claim',
      contentType: CSV,
      table: 'claims',
    },
  ];
}

/** The text of one download, or null when there is no such file. */
export function downloadBody(
  dataset: CompiledDataset,
  name: string,
): { text: string; contentType: string } | null {
  const download = downloadsFor(dataset).find((d) => d.name === name);
  if (!download) return null;
  if (!download.table)
    return { text: toJson(datasetDownload(dataset)), contentType: download.contentType };
  const table = factTables(dataset).find((t) => t.id === download.table);
  if (!table) return null;
  return { text: toCsv(table.fields, table.records), contentType: download.contentType };
}
