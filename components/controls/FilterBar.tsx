'use client';

import { useId } from 'react';
import { useDataset } from '@/components/explorer/dataset-context';
import { isFiltering } from '@/lib/explore/filters';
import { useExplorer } from '@/store/provider';
import { selectFilters } from '@/store/selectors';

const toggle = (list: string[], id: string) =>
  list.includes(id) ? list.filter((x) => x !== id) : [...list, id];

/** Search and filters for the timeline. The map keeps showing control for every source. */
export default function FilterBar({ shown, total }: { shown: number; total: number }) {
  const { dataset } = useDataset();
  const filters = useExplorer(selectFilters);
  const setFilters = useExplorer((s) => s.setFilters);
  const resetFilters = useExplorer((s) => s.resetFilters);
  const id = useId();
  const speakers = dataset.conflict.people.filter((p) =>
    dataset.statements.some((s) => s.speaker === p.id),
  );
  return (
    <details className="filters needs-js" open={isFiltering(filters) || undefined}>
      <summary>
        Search and filter{' '}
        <span className="muted" aria-live="polite">
          ({shown} of {total} shown)
        </span>
      </summary>
      <div className="filter-grid">
        <label>
          <span>Search words, names, sources</span>
          <input
            type="search"
            value={filters.text}
            onChange={(e) => setFilters({ text: e.target.value })}
          />
        </label>
        <fieldset>
          <legend>Party</legend>
          {dataset.conflict.parties.map((p) => (
            <label key={p.id} className="check">
              <input
                type="checkbox"
                checked={filters.parties.includes(p.id)}
                onChange={() => setFilters({ parties: toggle(filters.parties, p.id) })}
              />
              {p.name}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Topic</legend>
          {dataset.conflict.topics.map((t) => (
            <label key={t.id} className="check">
              <input
                type="checkbox"
                checked={filters.topics.includes(t.id)}
                onChange={() => setFilters({ topics: toggle(filters.topics, t.id) })}
              />
              {t.label}
            </label>
          ))}
        </fieldset>
        <label>
          <span>Speaker</span>
          <select
            value={filters.speakers[0] ?? ''}
            onChange={(e) => setFilters({ speakers: e.target.value ? [e.target.value] : [] })}
          >
            <option value="">Anyone</option>
            {speakers.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Region mentioned</span>
          <select
            value={filters.regions[0] ?? ''}
            onChange={(e) => setFilters({ regions: e.target.value ? [e.target.value] : [] })}
          >
            <option value="">Any</option>
            {dataset.conflict.regionGroups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
            {[...dataset.regions]
              .sort((a, b) => a.nameEn.localeCompare(b.nameEn))
              .map((r) => (
                <option key={r.id} value={r.id}>
                  {r.nameEn}
                </option>
              ))}
          </select>
        </label>
        <div className="date-range" role="group" aria-labelledby={`${id}-range`}>
          <span id={`${id}-range`}>Between</span>
          <input
            type="date"
            aria-label="From"
            value={filters.from ?? ''}
            onChange={(e) => setFilters({ from: e.target.value || null })}
          />
          <input
            type="date"
            aria-label="To"
            value={filters.to ?? ''}
            onChange={(e) => setFilters({ to: e.target.value || null })}
          />
        </div>
        <button
          type="button"
          className="button"
          onClick={resetFilters}
          disabled={!isFiltering(filters)}
        >
          Clear filters
        </button>
      </div>
      {isFiltering(filters) ? (
        <p className="muted filter-note">
          Filters narrow the timeline only. The map still shows control from every source.
        </p>
      ) : null}
    </details>
  );
}
