'use client';

import { useId, useState, type DragEvent } from 'react';
import type { Conflict } from '@/lib/schema';
import type { EventImport } from '@/lib/import/event-rows';
import type { ImportFormat } from '@/lib/import/import';
import { MAX_IMPORT_BYTES } from '@/lib/import/limits';
import { saveBlob } from '@/components/export/save-blob';
import styles from './ingest.module.css';

interface Props {
  conflict: Conflict;
}

interface Done {
  file: string;
  format: ImportFormat;
  result: EventImport;
}

const FORMAT_NAME: Record<ImportFormat, string> = {
  acled: 'ACLED',
  ucdp: 'UCDP GED',
  timelinejs: 'TimelineJS',
};

const json = (x: unknown) =>
  new Blob([`${JSON.stringify(x, null, 2)}\n`], { type: 'application/json' });

/**
 * Import event data (ACLED or UCDP GED CSV, a TimelineJS document) as a draft, in the browser:
 * choose or drop a file, read what became of every row, download the draft and any proposed
 * places. Nothing is uploaded and nothing already drafted on the page is touched.
 */
export default function ImportPanel({ conflict }: Props) {
  const ids = useId();
  const [status, setStatus] = useState('');
  const [done, setDone] = useState<Done | null>(null);
  const [over, setOver] = useState(false);

  async function read(file: File) {
    setDone(null);
    if (file.size > MAX_IMPORT_BYTES) {
      setStatus(
        `${file.name} is larger than ${MAX_IMPORT_BYTES / 1e6} MB: split it and import each part.`,
      );
      return;
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
    } catch {
      setStatus(`${file.name} is not UTF-8 text: save it as UTF-8 CSV or JSON and try again.`);
      return;
    }
    setStatus(`Reading ${file.name}…`);
    const { detectFormat, importEvents } = await import('@/lib/import/import');
    const format = detectFormat(text);
    if (!format) {
      setStatus(
        `${file.name} is not an ACLED or UCDP GED CSV (no event_id_cnty and geo_precision, or where_prec and date_prec, columns) nor a TimelineJS document.`,
      );
      return;
    }
    const result = importEvents(format, text, conflict, {
      fileName: file.name,
      importedOn: new Date().toISOString().slice(0, 10),
    });
    const unit = format === 'timelinejs' ? 'slides' : 'rows';
    setDone({ file: file.name, format, result });
    setStatus(
      `${FORMAT_NAME[format]}: ${result.imported} of ${result.rows} ${unit} of ${file.name} drafted${result.problems.length ? `; ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} listed below` : ''}.`,
    );
  }

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const f = e.dataTransfer.files[0];
    if (f) void read(f);
  };
  const base = done?.file.replace(/\.(csv|json)$/i, '') ?? 'import';

  return (
    <section aria-labelledby={`${ids}-h`} className={styles.importPanel}>
      <h2 id={`${ids}-h`}>Import event data</h2>
      <p className={styles.help}>
        An ACLED or UCDP GED export (CSV) or a TimelineJS document (JSON) becomes a draft of{' '}
        {conflict.title}: every fact marked for review, dates and places as precise as the file
        gives them. It is read in your browser; nothing is uploaded.
      </p>
      <div
        className={styles.dropzone}
        data-over={over || undefined}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid="import-dropzone"
      >
        <label htmlFor={`${ids}-file`}>Choose an event file</label>
        <input
          id={`${ids}-file`}
          type="file"
          accept=".csv,.json,text/csv,application/json"
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            if (f) void read(f);
            e.currentTarget.value = '';
          }}
        />
        <span className={styles.help}>or drop it here</span>
      </div>
      <p role="status" aria-live="polite" className={styles.status}>
        {status}
      </p>
      {done && (
        <>
          {done.result.problems.length > 0 && (
            <table className={styles.problems}>
              <caption>What could not be read, or was read only in part</caption>
              <thead>
                <tr>
                  <th scope="col">{done.format === 'timelinejs' ? 'Where' : 'Row'}</th>
                  <th scope="col">Column</th>
                  <th scope="col">Why</th>
                </tr>
              </thead>
              <tbody>
                {done.result.problems.slice(0, 200).map((p, i) => (
                  <tr key={i}>
                    <td>{p.row || 'document'}</td>
                    <td>{p.column ?? '—'}</td>
                    <td>{p.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {done.result.problems.length > 200 && (
            <p className={styles.help}>
              The first 200 of {done.result.problems.length} problems are shown;{' '}
              <code>npm run import</code> lists them all.
            </p>
          )}
          {done.result.places.length > 0 && (
            <>
              <h3>Places proposed ({done.result.places.length})</h3>
              <ul>
                {done.result.places.slice(0, 50).map((p) => (
                  <li key={p.id}>
                    {p.name} ({p.region}
                    {p.point ? ', with its point' : ''}): rows {p.rows.join(', ')}
                  </li>
                ))}
              </ul>
            </>
          )}
          <div className={styles.downloads}>
            {done.result.imported > 0 && (
              <button
                type="button"
                className={styles.primary}
                onClick={() => saveBlob(json(done.result.draft), `${base}.draft.json`)}
              >
                Download draft ({done.result.imported} facts, .json)
              </button>
            )}
            {done.result.places.length > 0 && (
              <button
                type="button"
                onClick={() =>
                  saveBlob(
                    json({ places: done.result.places.map(({ rows: _rows, ...p }) => p) }),
                    `${base}.places.json`,
                  )
                }
              >
                Download proposed places ({done.result.places.length})
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
