'use client';

import { useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useDataset } from '@/components/explorer/dataset-context';
import { buildFilterIndex, filterTimeline } from '@/lib/explore/filters';
import { useExplorer } from '@/store/provider';
import { selectShareable } from '@/store/selectors';
import type { ExportKind } from './exports';
import styles from './export.module.css';

const KINDS: { kind: ExportKind; label: string; hint: string }[] = [
  {
    kind: 'png',
    label: 'Map as PNG',
    hint: '2× resolution, with title, date, legend, sources and attribution',
  },
  { kind: 'svg', label: 'Map as SVG', hint: 'vector image of the map' },
  {
    kind: 'csv',
    label: 'Visible facts as CSV',
    hint: 'the statements and events shown, and the control figures on the map',
  },
  { kind: 'json', label: 'Visible facts as JSON', hint: 'the same facts with their sources' },
  {
    kind: 'timelinejs',
    label: 'Timeline as TimelineJS JSON',
    hint: 'opens in Knight Lab’s TimelineJS',
  },
];

/** Export of the current view: a disclosure with one button per format. */
export default function ExportMenu() {
  const { dataset } = useDataset();
  const { date, filters, mapParty, includeClaims } = useExplorer(useShallow(selectShareable));
  const index = useMemo(() => buildFilterIndex(dataset), [dataset]);
  const itemIds = useMemo(
    () => filterTimeline(dataset.timeline, filters, index),
    [dataset, filters, index],
  );
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLDetailsElement>(null);

  const run = async (kind: ExportKind) => {
    setBusy(true);
    // The map as the reader sees it: the party shaded and whether claims fill.
    const mapView = { party: mapParty ?? undefined, includeClaims: includeClaims ?? false };
    const view = { dataset, date, itemIds, mapView };
    try {
      // Loaded on first use: the exporters (canvas drawing, CSV, TimelineJS) stay out of the page's first load.
      const { exportName, runExport } = await import('./exports');
      await runExport(view, kind);
      setStatus(`Saved ${exportName(view, kind)}`);
    } catch (err) {
      setStatus(`Export failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <details
      className={styles.menu}
      ref={ref}
      data-testid="export-menu"
      onKeyDown={(e) => {
        // Escape closes the menu and returns focus to its button.
        if (e.key !== 'Escape' || !ref.current?.open) return;
        ref.current.open = false;
        ref.current.querySelector('summary')?.focus();
      }}
    >
      <summary className={styles.summary}>Export</summary>
      <div className={styles.panel}>
        <ul className={styles.list}>
          {KINDS.map((k) => (
            <li key={k.kind}>
              <button
                type="button"
                className={styles.button}
                data-export={k.kind}
                disabled={busy}
                onClick={() => void run(k.kind)}
              >
                {k.label}
              </button>
              <span className={styles.hint}>{k.hint}</span>
            </li>
          ))}
        </ul>
        <p className={styles.status} role="status">
          {status}
        </p>
      </div>
    </details>
  );
}
