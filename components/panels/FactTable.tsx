'use client';

import { useId, useState, useSyncExternalStore } from 'react';
import {
  isQuoted,
  type CellLine,
  type FactColumn,
  type FactRecord,
  type FactTable as FactTableData,
} from '@/lib/export/fact-tables';
import { sortRecords, type SortDirection } from '@/lib/export/sort';
import styles from './FactTable.module.css';

export interface FactTableProps {
  table: FactTableData;
  /** The order the records arrive in (the server sorts them so), shown as aria-sort. */
  initialSort?: { column: string; direction: SortDirection };
  /** Which rows to show (the /data page's filter by kind of source); all when absent. */
  visible?: (record: FactRecord) => boolean;
  /** What the filter leaves out, in words, for the empty-table row ("no source of these kinds"). */
  filterWords?: string;
}

interface SortState {
  column: string;
  direction: SortDirection;
}

const noSubscribe = () => () => {};

/**
 * True once the page runs JavaScript. The server (and a reader without JavaScript) gets the
 * plain table; header buttons appear only where they work.
 */
function useEnhanced(): boolean {
  return useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
}

function Line({ line, record }: { line: CellLine; record: FactRecord }) {
  const text = record[line.field] ?? '';
  if (!text) return null;
  const shown = isQuoted(line, record) ? `“${text}”` : text;
  const href = line.href ? record[line.href] : undefined;
  return (
    <span className={line.secondary ? `${styles.line} ${styles.secondary}` : styles.line}>
      {href ? (
        <a href={href} rel="noopener noreferrer external">
          {shown}
        </a>
      ) : (
        shown
      )}
    </span>
  );
}

function Cell({
  column,
  record,
  rowHeader,
}: {
  column: FactColumn;
  record: FactRecord;
  rowHeader: boolean;
}) {
  const content = column.lines.map((line) => <Line key={line.field} line={line} record={record} />);
  return rowHeader ? <th scope="row">{content}</th> : <td>{content}</td>;
}

/**
 * One fact table of /data: a caption, a header per column, one row per fact. With
 * JavaScript, each header holds a button that sorts by that column (again to reverse), and
 * the new order is announced.
 */
export default function FactTable({ table, initialSort, visible, filterWords }: FactTableProps) {
  const enhanced = useEnhanced();
  const [sort, setSort] = useState<SortState | null>(initialSort ?? null);
  const [records, setRecords] = useState<FactRecord[]>(table.records);
  const [announcement, setAnnouncement] = useState('');
  const captionId = useId();
  const shown = visible ? records.filter(visible) : records;

  const sortBy = (column: FactColumn) => {
    const direction: SortDirection =
      sort?.column === column.id && sort.direction === 'ascending' ? 'descending' : 'ascending';
    setSort({ column: column.id, direction });
    setRecords(sortRecords(table.records, column.sortField, direction));
    setAnnouncement(`${table.title} sorted by ${column.label}, ${direction}.`);
  };

  return (
    <div>
      <div className={styles.scroll} role="region" aria-labelledby={captionId} tabIndex={0}>
        <table id={`table-${table.id}`} className={styles.table}>
          <caption id={captionId}>
            <span className={styles.captionText}>
              {table.caption}
              {shown.length < records.length ? (
                <span className={styles.filtered}>
                  {' '}
                  (showing {shown.length} of {records.length})
                </span>
              ) : null}
              {enhanced ? (
                <span className="visually-hidden">
                  . Column headers are buttons that sort the table.
                </span>
              ) : null}
            </span>
          </caption>
          <thead>
            <tr>
              {table.columns.map((column) => {
                const ariaSort = sort?.column === column.id ? sort.direction : undefined;
                return (
                  <th key={column.id} scope="col" aria-sort={ariaSort} data-column={column.id}>
                    {enhanced ? (
                      <button
                        type="button"
                        className={styles.sortButton}
                        onClick={() => sortBy(column)}
                      >
                        {column.label}
                        <span className={styles.mark} aria-hidden="true">
                          {ariaSort === 'ascending' ? '▲' : ariaSort === 'descending' ? '▼' : '↕'}
                        </span>
                      </button>
                    ) : (
                      column.label
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shown.length === 0 && records.length > 0 ? (
              <tr>
                <td colSpan={table.columns.length} className={styles.empty}>
                  None of these {records.length} rows comes from {filterWords ?? 'the kinds chosen'}
                  .
                </td>
              </tr>
            ) : null}
            {shown.map((record) => (
              <tr key={record.id} id={record.id}>
                {table.columns.map((column) => (
                  <Cell
                    key={column.id}
                    column={column}
                    record={record}
                    rowHeader={column.id === table.rowHeader}
                  />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
