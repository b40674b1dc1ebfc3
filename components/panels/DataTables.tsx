'use client';

import { useId, useMemo, useState, useSyncExternalStore } from 'react';
import type { FactRecord, FactTable as FactTableData } from '@/lib/export/fact-tables';
import FactTable from './FactTable';
import styles from './DataTables.module.css';

export interface KindOption {
  /** The source kind ("wire", …; "" for sources whose kind is not recorded). */
  kind: string;
  /** Plural words ("news agencies"). */
  label: string;
  sources: number;
}

export interface DataTablesProps {
  tables: FactTableData[];
  kinds: KindOption[];
}

const noSubscribe = () => () => {};
/** The `kinds` parameter of the page's address: which kinds to show, comma-separated. */
const PARAM = 'kinds';

/** Kinds named in a `kinds=` value that the dataset has; null when it names none of them. */
export function kindsFromParam(value: string | null, known: readonly string[]): Set<string> | null {
  if (value === null) return null;
  const named = value.split(',').filter((k) => known.includes(k === 'unknown' ? '' : k));
  return named.length ? new Set(named.map((k) => (k === 'unknown' ? '' : k))) : null;
}

/**
 * The fact tables of /data with a filter by kind of source above them (with JavaScript; the
 * plain page lists every row). The choice is kept in the address (`?kinds=wire,outlet`) so a
 * filtered table can be shared, and each change is announced.
 */
export default function DataTables({ tables, kinds }: DataTablesProps) {
  const enhanced = useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
  const search = useSyncExternalStore(
    noSubscribe,
    () => window.location.search,
    () => '',
  );
  const all = useMemo(() => kinds.map((k) => k.kind), [kinds]);
  // The reader's choice once they make one; until then the address's, else every kind.
  const [chosen, setChosen] = useState<Set<string> | null>(null);
  const shown =
    chosen ?? kindsFromParam(new URLSearchParams(search).get(PARAM), all) ?? new Set(all);
  const [announcement, setAnnouncement] = useState('');
  const legendId = useId();

  const factsOf = (kind: string) =>
    tables.reduce((n, t) => n + t.records.filter((r) => r.source_kind === kind).length, 0);
  const total = tables.reduce((n, t) => n + t.records.length, 0);
  const visible = (r: FactRecord) => shown.has(r.source_kind ?? '');
  const showing = tables.reduce((n, t) => n + t.records.filter(visible).length, 0);
  const filtered = shown.size < all.length;
  const chosenWords = kinds
    .filter((k) => shown.has(k.kind))
    .map((k) => k.label)
    .join(', ');

  const change = (next: Set<string>) => {
    setChosen(next);
    const url = new URL(window.location.href);
    if (next.size === all.length) url.searchParams.delete(PARAM);
    else url.searchParams.set(PARAM, [...next].map((k) => k || 'unknown').join(',') || 'none');
    window.history.replaceState(window.history.state, '', url);
    const n = tables.reduce(
      (sum, t) => sum + t.records.filter((r) => next.has(r.source_kind ?? '')).length,
      0,
    );
    setAnnouncement(`Showing ${n} of ${total} facts.`);
  };
  const toggle = (kind: string) => {
    const next = new Set(shown);
    if (next.has(kind)) next.delete(kind);
    else next.add(kind);
    change(next);
  };

  return (
    <>
      {enhanced && kinds.length > 1 ? (
        <fieldset className={styles.filter} aria-describedby={`${legendId}-count`}>
          <legend id={legendId}>Show facts from</legend>
          <ul>
            {kinds.map((k) => (
              <li key={k.kind || 'unknown'}>
                <label>
                  <input
                    type="checkbox"
                    name="source-kind"
                    value={k.kind || 'unknown'}
                    checked={shown.has(k.kind)}
                    onChange={() => toggle(k.kind)}
                  />{' '}
                  {k.label}{' '}
                  <span className="muted">
                    ({k.sources} {k.sources === 1 ? 'source' : 'sources'}, {factsOf(k.kind)}{' '}
                    {factsOf(k.kind) === 1 ? 'fact' : 'facts'})
                  </span>
                </label>
              </li>
            ))}
          </ul>
          <p id={`${legendId}-count`} className={styles.count}>
            {filtered ? `Showing ${showing} of ${total} facts.` : `All ${total} facts shown.`}{' '}
            {filtered ? (
              <button type="button" className={styles.reset} onClick={() => change(new Set(all))}>
                Show all kinds
              </button>
            ) : null}
          </p>
          <p className="visually-hidden" role="status" aria-live="polite">
            {announcement}
          </p>
        </fieldset>
      ) : null}
      {tables.map((t) => (
        <section key={t.id} aria-labelledby={t.id}>
          <h2 id={t.id}>{t.title}</h2>
          <FactTable
            table={t}
            initialSort={{ column: 'date', direction: 'ascending' }}
            visible={filtered ? visible : undefined}
            filterWords={chosenWords ? `sources of these kinds: ${chosenWords}` : 'any kind chosen'}
          />
        </section>
      ))}
    </>
  );
}
