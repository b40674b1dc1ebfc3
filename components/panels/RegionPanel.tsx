'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { useDataset } from '@/components/explorer/dataset-context';
import { controlMapContext, regionStateAt } from '@/lib/map/map-state';
import { placeStatusAt } from '@/lib/map/places';
import { placesOfRegion } from '@/lib/dataset/places';
import { dayStart, formatDateValue, formatFuzzyDate } from '@/lib/dates/fuzzy-date';
import { areaLookup } from '@/lib/explore/control-charts';
import { controlHistory } from '@/lib/explore/history';
import { describeMeasure } from '@/lib/measure/describe';
import { placeName } from '@/lib/dataset/lookup';
import { useExplorer } from '@/store/provider';
import { selectDate, selectSelectedRegionId } from '@/store/selectors';
import { renderControlHistory } from './control-history-chart';
import FirstOf from './FirstOf';
import MentionList from './MentionList';
import SourceCitation from './SourceCitation';

/** The selected region: its control over time, claims on it, and what was said about it. */
export default function RegionPanel() {
  const { dataset, lookup } = useDataset();
  const regionId = useExplorer(selectSelectedRegionId);
  const date = useExplorer(selectDate);
  const selectRegion = useExplorer((s) => s.selectRegion);
  const includeClaims = useExplorer((s) => s.includeClaims);
  const selectPlace = useExplorer((s) => s.selectPlace);
  const chartRef = useRef<SVGSVGElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(360);
  const region = regionId ? lookup.regions.get(regionId) : undefined;
  const series = regionId ? dataset.series[regionId] : undefined;
  const mapContext = useMemo(() => controlMapContext(dataset), [dataset]);
  const areaOf = useMemo(() => areaLookup(dataset), [dataset]);
  const domain = useMemo<[number, number]>(
    () => [dataset.extent.start, dataset.extent.end],
    [dataset],
  );
  const mapPartyName =
    dataset.conflict.parties.find((p) => p.id === dataset.conflict.mapParty)?.name ??
    dataset.conflict.mapParty;
  const steps = useMemo(
    () =>
      series ? controlHistory(series, dataset.conflict.mapParty, areaOf, domain[1], domain[0]) : [],
    [series, dataset, areaOf, domain],
  );

  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const ro = new ResizeObserver(
      ([e]) => e && setWidth(Math.max(240, Math.floor(e.contentRect.width))),
    );
    ro.observe(box);
    return () => ro.disconnect();
  }, [regionId]);
  useEffect(() => {
    if (chartRef.current)
      renderControlHistory(chartRef.current, steps, {
        width,
        height: 176,
        cursor: dayStart(date),
        domain,
        yTitle: `${mapPartyName}'s share`,
        markNow: true,
      });
  }, [steps, width, date, domain, mapPartyName]);

  if (!regionId || !region) return null;
  const { tooltip: now } = regionStateAt(dataset, regionId, dayStart(date), mapContext);
  const claims = lookup.claimsByRegion.get(regionId) ?? [];
  const places = placesOfRegion(dataset, regionId).map((p) =>
    placeStatusAt(dataset, p, dayStart(date), { includeClaims }),
  );
  const figures = steps.filter((s) => s.entry.via !== 'baseline');
  const party = (id: string) => lookup.parties.get(id)?.name ?? id;
  // The same words as the map's tooltip: the group's figure and the region's own, claims apart.
  const nowText = [[now.figure, now.asOf].filter(Boolean).join(', '), ...now.notes, ...now.claims]
    .filter(Boolean)
    .map((t) => (/[.!?]$/.test(t) ? t : `${t}.`))
    .join(' ');

  return (
    <section
      className="panel region-panel"
      aria-labelledby="region-panel-heading"
      data-testid="region-panel"
    >
      <div className="panel-head">
        <h2 id="region-panel-heading">
          {region.nameEnFull}
          {region.nameLocal ? (
            <>
              {' '}
              <span className="muted" lang={region.localLang || undefined}>
                {region.nameLocal}
              </span>
            </>
          ) : null}
        </h2>
        <button
          type="button"
          className="close"
          onClick={() => selectRegion(null)}
          aria-label="Close the region panel"
        >
          ×
        </button>
      </div>
      <p>
        <strong>As of {formatDateValue(date)}:</strong> {nowText}
      </p>
      <h3>Control over time</h3>
      <div ref={boxRef} className="history-chart">
        <svg
          ref={chartRef}
          role="img"
          aria-label={`Step chart of ${mapPartyName} control of ${region.nameEn} over time; the table below lists each figure.`}
        />
      </div>
      {figures.length ? (
        <table className="data-table compact">
          <caption className="visually-hidden">Control figures for {region.nameEn}</caption>
          <thead>
            <tr>
              <th scope="col">As of</th>
              <th scope="col">Figure</th>
              <th scope="col">Stated by</th>
            </tr>
          </thead>
          <tbody>
            {figures.map((s) => {
              const o = s.entry.observation;
              return (
                <tr key={o.id}>
                  <td className="nowrap">{formatFuzzyDate(o.asOf)}</td>
                  <td>
                    {party(o.controller)}: {describeMeasure(o.measure)}
                    {s.entry.via === 'group' && s.entry.group
                      ? ` of ${placeName(dataset, lookup, s.entry.group)}`
                      : ''}
                    {s.converted && s.share ? (
                      <span className="muted">
                        {' '}
                        (so {party(dataset.conflict.mapParty)} {describeMeasure(s.share)},
                        converted)
                      </span>
                    ) : null}
                    {s.computed && s.share ? (
                      <span className="muted">
                        {' '}
                        ({describeMeasure(s.share)} of the area, computed)
                      </span>
                    ) : null}
                    <span className="muted">
                      {' '}
                      ·{' '}
                      {o.status === 'claimed'
                        ? `claimed by ${o.claimant ?? 'a party'}`
                        : 'assessed'}
                    </span>
                  </td>
                  <td>
                    <SourceCitation source={lookup.sources.get(o.source)} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p className="muted">
          No source in the dataset reports a figure for this region; it reads as the baseline.
        </p>
      )}
      {claims.length ? (
        <>
          <h3>Claims</h3>
          <ul>
            {claims.map((c) => (
              <li key={c.id}>
                {party(c.claimant)} claims{' '}
                {c.regions.map((r) => placeName(dataset, lookup, r)).join(', ')}
                {c.since ? ` since ${formatFuzzyDate(c.since)}` : ''} —{' '}
                <SourceCitation source={lookup.sources.get(c.source)} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {places.length ? (
        <>
          <h3>Places in {region.nameEn}</h3>
          <FirstOf
            items={places}
            limit={8}
            what="places"
            resetKey={regionId}
            testId="region-places"
            keyOf={(m) => m.placeId}
            render={(m) => (
              <span data-place={m.placeId} data-place-kind={m.kind}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => selectPlace(m.placeId)}
                >
                  {m.text}
                </button>
                {m.entry ? (
                  <>
                    {' '}
                    <SourceCitation source={lookup.sources.get(m.entry.observation.source)} />
                  </>
                ) : null}
                {m.point ? null : (
                  <span className="muted"> (no cited point: not drawn on the map)</span>
                )}
              </span>
            )}
          />
        </>
      ) : null}
      <h3>What was said about {region.nameEn}</h3>
      <MentionList
        ids={lookup.itemsByRegion.get(regionId) ?? []}
        resetKey={regionId}
        empty="No statement or event in the dataset mentions this region."
      />
    </section>
  );
}
