'use client';

import { useEffect, useMemo, useState } from 'react';
import { controlMapSvg, type SvgGeo } from '@/components/map/svg-map';
import { boundaryUrls, fetchBoundaries } from '@/components/map/boundaries';
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
import { areaLookup } from '@/lib/explore/control-charts';
import {
  CHANGE_CLASSES,
  changeClassLabel,
  changeWords,
  shareChange,
  type ChangeClass,
} from '@/lib/explore/change-map';
import { CHANGE_COLOURS, changeMapSvg } from '@/components/map/change-map-svg';

interface ChangeRow {
  id: string;
  name: string;
  /** The figure in words on each date. */
  a: string;
  b: string;
  /** How the mapped party's share changed, for a region. */
  change?: string;
  open: () => void;
}

/** What changed between two dates, one row per region or place; a row's name opens its panel. */
function ChangeTable(props: {
  testId: string;
  what: string;
  head: string;
  dates: [string, string];
  rows: ChangeRow[];
  /** Heading of the change column, when the rows have one. */
  changeHead?: string;
}) {
  const [a, b] = props.dates.map((d) => formatDateValue(d));
  return (
    <>
      {/* The title sits above the scroll box, so a narrow screen shows it whole. */}
      <p className="table-title" id={`${props.testId}-caption`}>
        {props.what} between {a} and {b}
      </p>
      <div
        className="table-scroll"
        role="region"
        aria-labelledby={`${props.testId}-caption`}
        tabIndex={0}
      >
        <table
          className="data-table compact"
          data-testid={props.testId}
          aria-labelledby={`${props.testId}-caption`}
        >
          <thead>
            <tr>
              <th scope="col">{props.head}</th>
              <th scope="col">{a}</th>
              <th scope="col">{b}</th>
              {props.changeHead ? <th scope="col">{props.changeHead}</th> : null}
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
                {props.changeHead ? <td>{r.change}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** Compare two dates: pick a second date and see, side by side and region by region, what changed. */
export default function ComparePanel() {
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
  const areaOf = useMemo(() => areaLookup(dataset), [dataset]);
  const mapParty = dataset.conflict.mapParty;
  const partyName = lookup.parties.get(mapParty)?.name ?? mapParty;
  const shareChanges = useMemo(() => {
    if (!compareDate) return null;
    const all = compareControl(dataset, dayStart(compareDate), dayStart(date));
    return new Map(all.map((c) => [c.regionId, shareChange(c.a, c.b, mapParty, areaOf)]));
  }, [dataset, compareDate, date, mapParty, areaOf]);
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
    fetchBoundaries(boundaryUrls(dataset.id), dataset.conflict.regionGroups)
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
    const classes = Object.fromEntries(
      [...(shareChanges ?? [])].map(([id, ch]) => [id, ch.cls] as const),
    );
    const change = changeMapSvg(geo, classes, {
      idPrefix: 'cmpc-',
      title: `Change of ${partyName}’s share from ${formatDateValue(compareDate)} to ${formatDateValue(date)}`,
      width: 360,
      height: 240,
      bounds: mapViewOf(dataset.map).homeBounds,
    });
    return { a: draw(compareDate, 'cmpa-'), b: draw(date, 'cmpb-'), change };
  }, [geo, compareDate, date, dataset, shareChanges, partyName]);
  const classCounts = useMemo(() => {
    const counts = new Map<ChangeClass, number>();
    for (const ch of shareChanges?.values() ?? [])
      counts.set(ch.cls, (counts.get(ch.cls) ?? 0) + 1);
    return counts;
  }, [shareChanges]);
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
          <figure className="compare-change" data-testid="change-map">
            <figcaption>
              Change, {formatDateValue(compareDate)} → {formatDateValue(date)}
            </figcaption>
            <div dangerouslySetInnerHTML={{ __html: maps.change }} />
            <p className="change-legend-head" id="change-legend-head">
              {partyName}’s share:
            </p>
            <ul className="change-legend" aria-labelledby="change-legend-head">
              {CHANGE_CLASSES.map((cls) => (
                <li key={cls} data-change={cls}>
                  <span
                    className={`change-swatch change-swatch-${cls}`}
                    style={{ backgroundColor: CHANGE_COLOURS[cls] }}
                    aria-hidden="true"
                  />
                  {changeClassLabel(cls)} ({classCounts.get(cls) ?? 0})
                </li>
              ))}
            </ul>
            <p className="muted">
              A rise or fall is named only when every value both figures allow agrees on it (“more
              than 70%” then 80% cannot tell); an approximate figure is taken at the number it
              gives.
            </p>
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
            changeHead={`${partyName}’s share`}
            rows={changes.map((c) => ({
              id: c.regionId,
              name: lookup.regions.get(c.regionId)?.nameEn ?? c.regionId,
              a: words(c.a),
              b: words(c.b),
              change: changeWords(
                shareChanges?.get(c.regionId) ?? { cls: 'no-figure', range: null },
              ),
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
