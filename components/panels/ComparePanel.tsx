'use client';

import { useRenderCount } from '@/components/explorer/render-count';
import { useMemo } from 'react';
import { useDataset } from '@/components/explorer/dataset-context';
import type { ControlAt } from '@/lib/dataset/types';
import { dayStart, formatDateValue, formatFuzzyDate } from '@/lib/dates/fuzzy-date';
import { compareControl } from '@/lib/explore/compare';
import { describeMeasure } from '@/lib/measure/describe';
import { useExplorer } from '@/store/provider';
import { selectCompareDate, selectDate } from '@/store/selectors';

/** Compare two dates: pick a second date and see, region by region, what changed. */
export default function ComparePanel() {
  useRenderCount('ComparePanel');
  const { dataset, lookup } = useDataset();
  const date = useExplorer(selectDate);
  const compareDate = useExplorer(selectCompareDate);
  const setCompareDate = useExplorer((s) => s.setCompareDate);
  const selectRegion = useExplorer((s) => s.selectRegion);
  const changes = useMemo(
    () => (compareDate ? compareControl(dataset, dayStart(compareDate), dayStart(date)).filter((c) => c.changed) : []),
    [dataset, compareDate, date],
  );
  const words = (c: ControlAt) => {
    if (c.status === 'none') return 'no figure';
    if (c.entry.via === 'baseline') return 'no occupation reported';
    const o = c.entry.observation;
    const group = c.entry.via === 'group' && c.entry.group ? ` of ${lookup.groups.get(c.entry.group)?.name ?? c.entry.group}` : '';
    return `${lookup.parties.get(o.controller)?.name ?? o.controller}: ${describeMeasure(o.measure)}${group} (${formatFuzzyDate(o.asOf)})`;
  };
  return (
    <section className="panel compare-panel" aria-labelledby="compare-heading">
      <h2 id="compare-heading">Compare two dates</h2>
      <div className="compare-controls">
        <label>
          <span>Compare {formatDateValue(date)} with</span>{' '}
          <input
            type="date"
            value={compareDate ?? ''}
            min={new Date(dataset.extent.start).toISOString().slice(0, 10)}
            max={new Date(dataset.extent.end - 86_400_000).toISOString().slice(0, 10)}
            onChange={(e) => setCompareDate(e.target.value || null)}
          />
        </label>
        {compareDate ? (
          <button type="button" className="button" onClick={() => setCompareDate(null)}>
            Stop comparing
          </button>
        ) : null}
      </div>
      {compareDate ? (
        changes.length ? (
          <table className="data-table compact" data-testid="compare-table">
            <caption>
              Regions whose figure differs between {formatDateValue(compareDate)} and {formatDateValue(date)}
            </caption>
            <thead>
              <tr>
                <th scope="col">Region</th>
                <th scope="col">{formatDateValue(compareDate)}</th>
                <th scope="col">{formatDateValue(date)}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr key={c.regionId}>
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => selectRegion(c.regionId)}>
                      {lookup.regions.get(c.regionId)?.nameEn ?? c.regionId}
                    </button>
                  </th>
                  <td>{words(c.a)}</td>
                  <td>{words(c.b)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>No region’s figure differs between the two dates.</p>
        )
      ) : null}
    </section>
  );
}
