/**
 * The explorer's exports, framework-free: the map as PNG (with its context burned in) and SVG,
 * the visible facts as CSV and JSON, the timeline as TimelineJS JSON. File names say the
 * dataset, the view and the date.
 */
import type { CompiledDataset } from '@/lib/dataset/types';
import { dayStart, formatDateValue } from '@/lib/dates/fuzzy-date';
import { exportFileName } from '@/lib/export/file-name';
import { visibleFacts, visibleFactsCsv, visibleFactsJson } from '@/lib/export/visible';
import { toJson } from '@/lib/export/json';
import { toTimelineJs } from '@/lib/export/timelinejs';
import { controlMapContext, controlMapStateAt, type MapViewOptions } from '@/lib/map/map-state';
import { boundaryUrls, fetchBoundaries } from '@/components/map/boundaries';
import { controlMapSvg, type SvgGeo } from '@/components/map/svg-map';
import { mapPicturePng } from './png';
import { mapPictureSvg } from './picture-svg';
import { pictureInputOf } from './picture-input';
import { saveBlob } from './save-blob';
import { mapViewOf } from '@/lib/map/view';

export type ExportKind = 'png' | 'svg' | 'csv' | 'json' | 'timelinejs';

export interface ExportView {
  dataset: CompiledDataset;
  date: string;
  /** Ids of the timeline items shown (after filters). */
  itemIds: readonly string[];
  /** The map's party and claims, as the reader has them. */
  mapView?: MapViewOptions;
}

/** The boundary files the live map already fetched (one download per page). */
const geoOf = (dataset: CompiledDataset): Promise<SvgGeo> =>
  fetchBoundaries(boundaryUrls(dataset.id), dataset.conflict.regionGroups);

async function mapSvg(view: ExportView): Promise<string> {
  const geo = await geoOf(view.dataset);
  const state = controlMapStateAt(
    view.dataset,
    dayStart(view.date),
    controlMapContext(view.dataset),
    view.mapView,
  );
  return controlMapSvg(geo, state, {
    idPrefix: 'x-',
    title: `Map of territorial control as of ${formatDateValue(view.date, { longMonth: true })}`,
    bounds: mapViewOf(view.dataset.map).homeBounds,
  });
}

export function exportName(view: ExportView, kind: ExportKind): string {
  const v = kind === 'png' || kind === 'svg' ? 'map' : kind === 'timelinejs' ? 'timeline' : 'facts';
  const ext = kind === 'timelinejs' ? 'timelinejs.json' : kind;
  return exportFileName({ dataset: view.dataset.id, view: v, date: view.date }, ext);
}

/** Builds and saves one export. */
export async function runExport(view: ExportView, kind: ExportKind): Promise<void> {
  const { dataset } = view;
  const name = exportName(view, kind);
  if (kind === 'png' || kind === 'svg') {
    const svg = await mapSvg(view);
    const input = {
      svg,
      ...pictureInputOf(dataset, {
        date: view.date,
        ...(view.mapView?.party ? { party: view.mapView.party } : {}),
        includeClaims: view.mapView?.includeClaims ?? false,
        origin: location.origin,
      }),
    };
    if (kind === 'svg')
      return saveBlob(new Blob([mapPictureSvg(input)], { type: 'image/svg+xml' }), name);
    return saveBlob(await mapPicturePng(input), name);
  }
  if (kind === 'timelinejs') {
    const shown = new Set(view.itemIds);
    const doc = toTimelineJs({
      title: dataset.conflict.title,
      description: dataset.conflict.description,
      dataset,
      statements: dataset.statements.filter((s) => shown.has(s.id)),
      events: dataset.events.filter((e) => shown.has(e.id)),
      people: dataset.conflict.people,
      parties: dataset.conflict.parties,
      sources: dataset.sources,
    });
    return saveBlob(new Blob([toJson(doc)], { type: 'application/json' }), name);
  }
  const facts = visibleFacts(dataset, {
    date: view.date,
    day: dayStart(view.date),
    itemIds: view.itemIds,
  });
  if (kind === 'csv')
    return saveBlob(new Blob([visibleFactsCsv(facts)], { type: 'text/csv;charset=utf-8' }), name);
  return saveBlob(
    new Blob([toJson(visibleFactsJson(facts, dataset))], { type: 'application/json' }),
    name,
  );
}
