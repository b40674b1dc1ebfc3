import type { CompiledDataset } from '../dataset/types';

/**
 * The dataset as one JSON document for download: the conflict, regions (names and areas,
 * without geometry, which ships as GeoJSON), every source with its citation and every fact.
 * Derived indexes (timeline, series) are left out: they are rebuilt from the facts.
 */
export interface DatasetDownload {
  format: 'faultline-dataset';
  schemaVersion: 1;
  id: string;
  version: string;
  conflict: CompiledDataset['conflict'];
  regions: CompiledDataset['regions'];
  sources: Omit<CompiledDataset['sources'][number], 'body'>[];
  statements: CompiledDataset['statements'];
  events: CompiledDataset['events'];
  control: CompiledDataset['control'];
  claims: CompiledDataset['claims'];
  notes: CompiledDataset['notes'];
}

export function datasetDownload(dataset: CompiledDataset): DatasetDownload {
  return {
    format: 'faultline-dataset',
    schemaVersion: 1,
    id: dataset.id,
    version: dataset.version,
    conflict: dataset.conflict,
    regions: dataset.regions,
    // The article text is not repeated: `text` names its file in the repository's sources/.
    sources: dataset.sources.map(({ body: _body, ...s }) => s),
    statements: dataset.statements,
    events: dataset.events,
    control: dataset.control,
    claims: dataset.claims,
    notes: dataset.notes,
  };
}

/** Pretty-printed JSON text with a final newline. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
