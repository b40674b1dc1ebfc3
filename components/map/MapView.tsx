'use client';

import { bindMap } from '@/store/bind-map';
import { boundaryUrls } from './boundaries';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { CompiledDataset } from '@/lib/dataset/types';
import { dayStart } from '@/lib/dates/fuzzy-date';
import { controlLegend } from '@/lib/map/legend';
import { mentionedRegionsOf } from '@/lib/map/mentioned';
import { controlPartiesOf } from '@/lib/map/map-state';
import { useExplorer, useExplorerStoreApi } from '@/store/provider';
import { saveBlob } from '@/components/export/save-blob';
import Attribution from './Attribution';
import { creditsOf } from '@/lib/map/credits';
import { controlMapStateAt } from '@/lib/map/map-state';
import { createControlMap, type ControlMap, type RendererKind } from './control-map';
import { applySvgState } from './svg-map';
import { pageRenderer } from './renderer-choice';
import Legend from './Legend';
import './map.css';

/** Events the map's host element speaks, for tests and the benchmark. */
export const MAP_EVENTS = { idle: 'controlmap:idle', setDate: 'controlmap:set-date' } as const;

/**
 * The control map: a thin React wrapper around the framework-free renderer. It creates the
 * map once, feeds it the shared date and selection, and hands clicks back to the store.
 */
export default function MapView({
  dataset,
  firstPaint,
}: {
  dataset: CompiledDataset;
  firstPaint?: ReactNode;
}) {
  const api = useExplorerStoreApi();
  const hostRef = useRef<HTMLDivElement>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<ControlMap | null>(null);
  const [renderer, setRenderer] = useState<RendererKind | null>(null);
  const [interactive, setInteractive] = useState(false);
  const [fallback, setFallback] = useState('');
  const [printSvg, setPrintSvg] = useState('');
  const storedParty = useExplorer((s) => s.mapParty);
  const includeClaims = useExplorer((s) => s.includeClaims);
  const parties = useMemo(
    () =>
      controlPartiesOf(dataset.conflict).map((id) => ({
        id,
        name: dataset.conflict.parties.find((p) => p.id === id)?.name ?? id,
      })),
    [dataset],
  );
  const party =
    storedParty && parties.some((p) => p.id === storedParty)
      ? storedParty
      : dataset.conflict.mapParty;
  const legend = useMemo(
    () =>
      controlLegend(parties.find((p) => p.id === party)?.name ?? party, {
        staleAfterDays: dataset.conflict.staleAfterDays,
        includeClaims,
        groupExample: dataset.conflict.regionGroups[0]?.name,
        places: (dataset.places ?? []).some((p) => p.point),
      }),
    [dataset, parties, party, includeClaims],
  );

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const mentionedRegions = mentionedRegionsOf(dataset);
    const start = api.getState();
    // The server-rendered first paint stands in (and follows the date) until the live map starts.
    const placeholder =
      wrapRef.current?.querySelector<SVGSVGElement>('.cm-first-paint svg') ?? null;
    // It was drawn for the server's date; a link may name another. Shade it for the reader's
    // date now, not once the boundaries have been fetched: never another date's map as this one.
    if (placeholder)
      applySvgState(placeholder, controlMapStateAt(dataset, dayStart(start.date)), 'fp-');
    const map = createControlMap(host, {
      dataset,
      day: dayStart(start.date),
      selected: start.selectedRegionId,
      regionsUrl: boundaryUrls(dataset.id).regions,
      neighboursUrl: boundaryUrls(dataset.id).neighbours,
      renderer: pageRenderer(),
      tooltipContainer: wrapRef.current ?? undefined,
      // Over the first paint, maplibre (about 430 KB of script and worker) waits for the reader
      // to reach the map: the pointer, a finger or the keyboard. Until then the shaded SVG,
      // its labels and the key are the map, and they follow the date.
      ...(placeholder
        ? { placeholder: { svg: placeholder, prefix: 'fp-' }, startLive: 'interaction' as const }
        : {}),
      onInteractive: () => setInteractive(true),
      onSelect: (id) => api.getState().selectRegion(id),
      onSelectPlace: (id) =>
        api.getState().selectPlace(api.getState().selectedPlaceId === id ? null : id),
      onHover: (id) => api.getState().hoverRegion(id),
      onReady: (kind, reason) => {
        setRenderer(kind);
        setFallback(reason ?? '');
      },
      onIdle: (ms) => host.dispatchEvent(new CustomEvent(MAP_EVENTS.idle, { detail: { ms } })),
      view: { party: start.mapParty ?? undefined, includeClaims: start.includeClaims },
    });
    mapRef.current = map;
    const unsubscribe = bindMap(api, map, { mentioned: mentionedRegions });
    const onSetDate = (e: Event) => {
      const day = (e as CustomEvent<unknown>).detail;
      if (typeof day === 'string') api.getState().setDate(day);
    };
    host.addEventListener(MAP_EVENTS.setDate, onSetDate);
    // A WebGL canvas does not print reliably: print the SVG rendering of the same state.
    const onBeforePrint = () => setPrintSvg(map.toSvg());
    window.addEventListener('beforeprint', onBeforePrint);
    return () => {
      unsubscribe();
      host.removeEventListener(MAP_EVENTS.setDate, onSetDate);
      window.removeEventListener('beforeprint', onBeforePrint);
      map.destroy();
      mapRef.current = null;
    };
  }, [api, dataset]);

  const exportSvg = async () => {
    const map = mapRef.current;
    // Before the live map started, the boundaries are fetched for the export.
    if (!map || !(await map.boundaries())) return;
    const svg = map.toSvg();
    if (!svg) return;
    saveBlob(
      new Blob([svg], { type: 'image/svg+xml' }),
      `faultline-control-${api.getState().date}.svg`,
    );
  };

  return (
    <div className="cm" ref={wrapRef}>
      <div className="cm-frame">
        {firstPaint && (
          <div
            className="cm-first-paint"
            hidden={renderer !== null}
            aria-hidden={renderer !== null}
          >
            {firstPaint}
          </div>
        )}
        {printSvg && (
          <div
            className="cm-print"
            aria-hidden="true"
            dangerouslySetInnerHTML={{ __html: printSvg }}
          />
        )}
        <div ref={hostRef} className="cm-host" data-testid="control-map" />
      </div>
      <div className="cm-toolbar needs-js">
        {renderer === 'webgl' && (
          <button type="button" className="cm-button" onClick={() => mapRef.current?.resetView()}>
            Reset view
          </button>
        )}
        <button
          type="button"
          className="cm-button"
          onClick={() => void exportSvg()}
          disabled={!interactive}
        >
          Download map (SVG)
        </button>
        {renderer === 'svg' && <span className="cm-note">Simple map: {fallback}</span>}
      </div>
      <Legend
        model={legend}
        controls={{
          includeClaims,
          onIncludeClaims: (on) => api.getState().setIncludeClaims(on),
          parties,
          party,
          onParty: (id) => api.getState().setMapParty(id === dataset.conflict.mapParty ? null : id),
        }}
      />
      <Attribution credits={creditsOf(dataset)} />
    </div>
  );
}
