import { controlAt } from '../control/control-at';
import type { CompiledDataset } from '../dataset/types';
import { toCsv } from './csv';
import { factTables, type FactTableInput } from './fact-tables';

/** The facts a view shows: its timeline items, and the control figures the map draws on its date. */
export interface VisibleFacts extends FactTableInput {
  date: string;
}

/**
 * The facts on screen: the statements and events among `itemIds` (what the timeline shows
 * after filters), and each control figure that wins for some region on `day` (baseline
 * entries are the dataset's assumption, not a sourced figure, and are left out).
 */
export function visibleFacts(
  dataset: Pick<
    CompiledDataset,
    'conflict' | 'regions' | 'sources' | 'statements' | 'events' | 'control' | 'claims' | 'series'
  >,
  view: { date: string; day: number; itemIds: readonly string[] | null },
): VisibleFacts {
  const shown = view.itemIds ? new Set(view.itemIds) : null;
  const control = new Map<string, CompiledDataset['control'][number]>();
  for (const r of dataset.regions) {
    const c = controlAt(dataset.series[r.id], r.id, view.day, {
      staleAfterDays: dataset.conflict.staleAfterDays,
    });
    if (c.status === 'figure' && c.entry.via !== 'baseline')
      control.set(c.entry.observation.id, c.entry.observation);
  }
  return {
    date: view.date,
    conflict: dataset.conflict,
    regions: dataset.regions,
    sources: dataset.sources,
    statements: dataset.statements.filter((s) => !shown || shown.has(s.id)),
    events: dataset.events.filter((e) => !shown || shown.has(e.id)),
    control: dataset.control.filter((o) => control.has(o.id)),
    claims: [],
  };
}

/**
 * One CSV of the visible facts: a `table` column (statements, events, control), then the union
 * of the /data tables' columns in their order, each row filled from its own table.
 */
export function visibleFactsCsv(facts: VisibleFacts): string {
  const tables = factTables(facts).filter((t) => t.id !== 'claims');
  const fields: string[] = ['table'];
  for (const t of tables) for (const f of t.fields) if (!fields.includes(f)) fields.push(f);
  const rows = tables.flatMap((t) => t.records.map((r) => ({ table: t.id, ...r })));
  return toCsv(fields, rows);
}

/** The visible facts as one JSON document. */
export function visibleFactsJson(facts: VisibleFacts, dataset: { id: string; version: string }) {
  return {
    format: 'faultline-visible-facts' as const,
    schemaVersion: 1 as const,
    dataset: dataset.id,
    version: dataset.version,
    asOf: facts.date,
    statements: facts.statements,
    events: facts.events,
    control: facts.control,
    sources: facts.sources.filter((s) =>
      [...facts.statements, ...facts.events, ...facts.control].some((f) => f.source === s.id),
    ),
  };
}
