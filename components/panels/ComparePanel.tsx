'use client';

import { useRenderCount } from '@/components/explorer/render-count';
import { useEffect, useMemo, useState } from 'react';
import type { FeatureCollection, Geometry } from 'geojson';
import { controlMapSvg, type SvgGeo } from '@/components/map/svg-map';
import { groupOutlines } from '@/lib/map/group-outline';
import { controlMapStateAt } from '@/lib/map/map-state';
import { useDataset } from '@/components/explorer/dataset-context';
import type { ControlAt } from '@/lib/dataset/types';
import { firstDayOf, lastDayOf } from '@/lib/dataset/days';
import { dayStart, formatDateValue, formatFuzzyDate } from '@/lib/dates/fuzzy-date';
import { compareControl, comparePlaces } from '@/lib/explore/compare';
import { describeMeasure } from '@/lib/measure/describe';
import { useExplorer } from '@/store/provider';
import { selectCompareDate, selectDate } from '@/store/selectors';
import { mapViewOf } from '@/lib/map/view';

const geoCache = new Map<string, Promise<SvgGeo>>();

/** The dataset's boundaries for the side-by-side maps, fetched once per page. */
function loadGeo(datasetId: string, groups: Parameters<typeof groupOutlines>[1]): Promise<SvgGeo> {
  let p = geoCache.get(datasetId);
  if (!p) {
    const get = (name: string) =>
      fetch(`/data/${datasetId}/${name}.geojson`).then((r) => {
        if (!r.ok) throw new Error(`${name}.geojson: HTTP ${r.status}`);
        return r.json() as Promise<FeatureCollection<Geometry>>;
      });
    p = Promise.all([get('regions'), get('neighbours').catch(() => null)]).then(
      ([regions, neighbours]) => ({
        regions,
        neighbours,
        groups: groupOutlines(regions, groups),
      }),
    );
    geoCache.set(datasetId, p);
  }
  return p;
}

interface ChangeRow {
  id: string;
  name: string;
  /** The figure in words on each date. */
  a: string;
  b: string;
  open: () => void;
}

/** What changed between two dates, one row per region or place; a row's name opens its panel. */
function ChangeTable(props: {
  testId: string;
  what: string;
  head: string;
  dates: [string, string];
  rows: ChangeRow[];
}) {
  const [a, b] = props.dates.map((d) => formatDateValue(d));
  return (
    <table className="data-table compact" data-testid={props.testId}>
      <caption>
        {props.what} between {a} and {b}
      </caption>
      <thead>
        <tr>
          <th scope="col">{props.head}</th>
          <th scope="col">{a}</th>
          <th scope="col">{b}</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">
              <button type="button" className="link-button" onClick={r.open}>
                {r.name}
              </button>
            </th>
            <td>{r.a}</td>
            <td>{r.b}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Compare two dates: pick a second date and see, side by side and region by region, what changed. */
export default function ComparePanel() {
  useRenderCount('ComparePanel');
  const { dataset, lookup } = useDataset();
  const date = useExplorer(selectDate);
  const compareDate = useExplorer(selectCompareDate);
  const setCompareDate = useExplorer((s) => s.setCompareDate);
  const selectRegion = useExplorer((s) => s.selectRegion);
  const selectPlace = useExplorer((s) => s.selectPlace);
  const changes = useMemo(
    () =>
      compareDate
        ? compareControl(dataset, dayStart(compareDate), dayStart(date)).filter((c) => c.changed)
        : [],
    [dataset, compareDate, date],
  );
  const placeChanges = useMemo(
    () =>
      compareDate
        ? comparePlaces(dataset, dayStart(compareDate), dayStart(date)).filter((c) => c.changed)
        : [],
    [dataset, compareDate, date],
  );
  const placeNames = useMemo(
    () => new Map(dataset.places.map((p) => [p.id, p.name])),
    [dataset.places],
  );
  const [geo, setGeo] = useState<SvgGeo | null>(null);
  useEffect(() => {
    if (!compareDate || geo) return;
    let live = true;
    loadGeo(dataset.id, dataset.conflict.regionGroups)
      .then((g) => live && setGeo(g))
      .catch(() => {
        // The list below still says what changed; the maps are an extra.
      });
    return () => {
      live = false;
    };
  }, [compareDate, geo, dataset]);
  const maps = useMemo(() => {
    if (!geo || !compareDate) return null;
    const draw = (day: string, prefix: string) =>
      controlMapSvg(geo, controlMapStateAt(dataset, dayStart(day)), {
        idPrefix: prefix,
        title: `Control as of ${formatDateValue(day)}`,
        width: 360,
        height: 240,
        bounds: mapViewOf(dataset.map).homeBounds,
      });
    return { a: draw(compareDate, 'cmpa-'), b: draw(date, 'cmpb-') };
  }, [geo, compareDate, date, dataset]);
  const words = (c: ControlAt) => {
    if (c.status === 'none') return 'no figure';
    if (c.entry.via === 'baseline') return 'no occupation reported';
    const o = c.entry.observation;
    const group =
      c.entry.via === 'group' && c.entry.group
        ? ` of ${lookup.groups.get(c.entry.group)?.name ?? c.entry.group}`
        : '';
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
            min={firstDayOf(dataset)}
            max={lastDayOf(dataset)}
            onChange={(e) => setCompareDate(e.target.value || null)}
          />
        </label>
        {compareDate ? (
          <button type="button" className="button" onClick={() => setCompareDate(null)}>
            Stop comparing
          </button>
        ) : null}
      </div>
      {compareDate && maps ? (
        <div className="compare-maps" data-testid="compare-maps">
          <figure>
            <figcaption>{formatDateValue(compareDate)}</figcaption>
            <div dangerouslySetInnerHTML={{ __html: maps.a }} />
          </figure>
          <figure>
            <figcaption>{formatDateValue(date)}</figcaption>
            <div dangerouslySetInnerHTML={{ __html: maps.b }} />
          </figure>
        </div>
      ) : null}
      {compareDate ? (
        changes.length ? (
          <ChangeTable
            testId="compare-table"
            what="Regions whose figure differs"
            head="Region"
            dates={[compareDate, date]}
            rows={changes.map((c) => ({
              id: c.regionId,
              name: lookup.regions.get(c.regionId)?.nameEn ?? c.regionId,
              a: words(c.a),
              b: words(c.b),
              open: () => selectRegion(c.regionId),
            }))}
          />
        ) : (
          <p>No region’s figure differs between the two dates.</p>
        )
      ) : null}
      {compareDate && placeChanges.length ? (
        <ChangeTable
          testId="compare-places"
          what="Places whose own figure differs"
          head="Place"
          dates={[compareDate, date]}
          rows={placeChanges.map((c) => ({
            id: c.placeId,
            name: placeNames.get(c.placeId) ?? c.placeId,
            a: words(c.a),
            b: words(c.b),
            open: () => selectPlace(c.placeId),
          }))}
        />
      ) : null}
    </section>
  );
}
