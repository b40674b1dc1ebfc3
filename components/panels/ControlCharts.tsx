'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { useDataset } from '@/components/explorer/dataset-context';
import { DAY_MS, dayStart, formatDateValue, formatFuzzyDate } from '@/lib/dates/fuzzy-date';
import { controlCharts, type ControlChart } from '@/lib/explore/control-charts';
import type { HistoryStep } from '@/lib/explore/history';
import { describeMeasure } from '@/lib/measure/describe';
import { useExplorer } from '@/store/provider';
import { selectDate, selectSelectedRegionId } from '@/store/selectors';
import { renderControlHistory } from './control-history-chart';

const HEIGHT = 120;

/** What a chart says at the "as of" day, in the words the map's tooltip would use. */
function stateAt(steps: readonly HistoryStep[], t: number, staleMs: number, party: string) {
  const s = steps.find((x) => x.start <= t && t < x.end);
  if (!s || !s.share) return 'no figure yet';
  if (s.entry.via === 'baseline') return 'the starting assumption';
  const o = s.entry.observation;
  const start = s.entry.span.start ?? t;
  return [
    `${party} ${describeMeasure(s.share)}`,
    o.status === 'claimed' ? ` (claimed by ${o.claimant ?? 'a party'})` : '',
    `, as of ${formatFuzzyDate(o.asOf)}`,
    t - start > staleMs ? ' (old)' : '',
  ].join('');
}

function ChartCard({
  chart,
  domain,
  cursor,
  date,
  staleMs,
  party,
  selected,
  onSelect,
}: {
  chart: ControlChart;
  date: string;
  domain: [number, number];
  cursor: number;
  staleMs: number;
  party: string;
  selected: boolean;
  onSelect: ((id: string) => void) | null;
}) {
  const svgRef = useRef<SVGSVGElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(280);
  useEffect(() => {
    const box = boxRef.current;
    if (!box || typeof ResizeObserver !== 'function') return;
    const ro = new ResizeObserver(
      ([e]) => e && setWidth(Math.max(200, Math.floor(e.contentRect.width))),
    );
    ro.observe(box);
    return () => ro.disconnect();
  }, []);
  useEffect(() => {
    if (svgRef.current)
      renderControlHistory(svgRef.current, chart.steps, {
        width,
        height: HEIGHT,
        cursor,
        domain,
        staleAfterMs: staleMs,
        compact: true,
        idPrefix: `chart-${chart.id}`,
      });
  }, [chart, width, cursor, domain, staleMs]);
  const now = stateAt(chart.steps, cursor, staleMs, party);
  const counts = `${chart.figures} figure${chart.figures === 1 ? '' : 's'}${chart.claimed ? `, ${chart.claimed} of them claimed` : ''}`;
  return (
    <li className="control-chart" data-target={chart.id} data-kind={chart.kind}>
      <figure>
        <figcaption>
          <h3>
            {onSelect ? (
              <button
                type="button"
                className="link-button"
                aria-pressed={selected}
                onClick={() => onSelect(chart.id)}
              >
                {chart.name}
              </button>
            ) : (
              chart.name
            )}
            {chart.kind === 'country' ? (
              <span className="muted"> (whole country)</span>
            ) : chart.kind === 'group' ? (
              <span className="muted"> (group of regions)</span>
            ) : null}
          </h3>
          <p className="muted control-chart-now" data-testid="chart-now">
            {counts}. {formatDateValue(date)}: {now}
          </p>
        </figcaption>
        <div ref={boxRef}>
          <svg
            ref={svgRef}
            role="img"
            aria-label={`Step chart of ${party} control of ${chart.name}, ${counts}; on the date chosen, ${now}.`}
          />
        </div>
      </figure>
    </li>
  );
}

/**
 * The chart tab: control over time as small multiples on one time axis and one 0–100% scale,
 * the whole country first, then each group of regions and each region with a figure. The
 * "as of" day is a cursor on every chart; a region's name selects it (its panel opens).
 */
export default function ControlCharts() {
  const { dataset } = useDataset();
  const date = useExplorer(selectDate);
  const selectedId = useExplorer(selectSelectedRegionId);
  const selectRegion = useExplorer((s) => s.selectRegion);
  const domain = useMemo<[number, number]>(
    () => [dataset.extent.start, dataset.extent.end],
    [dataset],
  );
  const { charts, withoutFigure } = useMemo(
    () => controlCharts(dataset, domain),
    [dataset, domain],
  );
  const party =
    dataset.conflict.parties.find((p) => p.id === dataset.conflict.mapParty)?.name ??
    dataset.conflict.mapParty;
  const staleMs = dataset.conflict.staleAfterDays * DAY_MS;
  const cursor = dayStart(date);
  return (
    <div className="control-charts" data-testid="control-charts">
      <p className="muted">
        The share of each place {party} held, as the sources put it: a band from the lowest to the
        highest share a figure allows, a line where it names one number; hatched where it is a bound
        or words; a dashed outline where a party claims it; faded once the figure is over{' '}
        {dataset.conflict.staleAfterDays} days old. The blue line is the date chosen above.
      </p>
      <ul className="control-chart-grid">
        {charts.map((c) => (
          <ChartCard
            key={c.id}
            chart={c}
            domain={domain}
            cursor={cursor}
            date={date}
            staleMs={staleMs}
            party={party}
            selected={selectedId === c.id}
            onSelect={c.kind === 'region' ? selectRegion : null}
          />
        ))}
      </ul>
      {withoutFigure.length ? (
        <p className="muted" data-testid="charts-without-figure">
          No source in the dataset gives a figure for {withoutFigure.join(', ')}: no chart is drawn
          for them (
          {dataset.conflict.baseline
            ? 'the map shows them by the starting assumption'
            : 'the map marks them as having no figure'}
          ).
        </p>
      ) : null}
    </div>
  );
}
