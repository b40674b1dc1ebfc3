import type { FeatureCollection } from 'geojson';
import { PATTERNS, type PatternId } from '@/lib/map/patterns';
import type {
  BackgroundLayerSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';

/** Colours of the base map (not of the data): sea, neighbours, borders, outlines. */
export const MAP_COLOURS = {
  sea: '#d6e6f2',
  neighbour: '#ececec',
  neighbourLine: '#b5b5b5',
  regionLine: '#ffffff',
  countryLine: '#5a5f69',
  groupLine: '#1a1d23',
  claimLine: '#1a1d23',
  selectLine: '#1f6feb',
  /** Regions the selected statement or event mentions. */
  mentionLine: '#00b7ff',
  hoverLine: '#1a1d23',
  hatch: 'rgba(26, 29, 35, 0.55)',
  noDataHatch: 'rgba(90, 95, 105, 0.7)',
} as const;

/**
 * The base map on a dark page (embed and slides in the dark or high-contrast theme): sea and
 * neighbours darken so the map does not glare; the data colours stay as they are.
 */
export const DARK_GROUND = {
  sea: '#1c2935',
  neighbour: '#2b3039',
  neighbourLine: '#56606e',
} as const;

export type MapGround = 'light' | 'dark';

/** The ground a map container sits on: dark inside any `[data-ground="dark"]` element. */
export function groundOf(el: Element): MapGround {
  return el.closest('[data-ground="dark"]') ? 'dark' : 'light';
}

/** Source ids. */
export const SOURCE = {
  regions: 'regions',
  neighbours: 'neighbours',
  groups: 'group-outlines',
} as const;

/** Pattern image id of a pattern (images drawn in code from lib/map/patterns: no sprite server). */
export const patternImageId = (id: PatternId) => `pattern-${id}`;

const state = (name: string): ['feature-state', string] => ['feature-state', name];

export const backgroundLayer: BackgroundLayerSpecification = {
  id: 'sea',
  type: 'background',
  paint: { 'background-color': MAP_COLOURS.sea },
};

export const neighboursFillLayer: FillLayerSpecification = {
  id: 'neighbours-fill',
  type: 'fill',
  source: SOURCE.neighbours,
  paint: { 'fill-color': MAP_COLOURS.neighbour },
};

export const neighboursLineLayer: LineLayerSpecification = {
  id: 'neighbours-line',
  type: 'line',
  source: SOURCE.neighbours,
  paint: { 'line-color': MAP_COLOURS.neighbourLine, 'line-width': 0.75 },
};

/** The share colour, from feature-state "fill" (already faded towards white when stale). */
export const regionsFillLayer: FillLayerSpecification = {
  id: 'regions-fill',
  type: 'fill',
  source: SOURCE.regions,
  paint: { 'fill-color': ['coalesce', state('fill'), '#ffffff'] },
};

/**
 * One layer per pattern, each shown where its feature-state says so (a fill-pattern cannot
 * itself be chosen by feature-state). The stale layer goes over any pattern: age is drawn on
 * top of the share, never instead of it.
 */
function patternLayer(pattern: PatternId): FillLayerSpecification {
  const on: unknown =
    pattern === 'stale'
      ? ['boolean', state('staleMark'), false]
      : ['==', state('pattern'), pattern];
  return {
    id: `regions-${pattern}`,
    type: 'fill',
    source: SOURCE.regions,
    paint: {
      'fill-pattern': patternImageId(pattern),
      'fill-opacity': ['case', on as ['boolean', unknown], 1, 0],
    },
  };
}

/** The pattern layers, in drawing order (stale last, over the others). */
export const PATTERN_LAYERS: FillLayerSpecification[] = (Object.keys(PATTERNS) as PatternId[])
  .sort((a, b) => Number(a === 'stale') - Number(b === 'stale'))
  .map(patternLayer);

export const regionsLineLayer: LineLayerSpecification = {
  id: 'regions-line',
  type: 'line',
  source: SOURCE.regions,
  paint: { 'line-color': MAP_COLOURS.countryLine, 'line-width': 0.6, 'line-opacity': 0.7 },
};

/** A white casing under the claim dashes, so they read on dark and light fills alike. */
export const claimsCasingLayer: LineLayerSpecification = {
  id: 'claims-casing',
  type: 'line',
  source: SOURCE.regions,
  paint: {
    'line-color': '#ffffff',
    'line-width': 3,
    'line-opacity': ['case', ['boolean', state('claimed'), false], 1, 0],
  },
};

export const claimsLineLayer: LineLayerSpecification = {
  id: 'claims-line',
  type: 'line',
  source: SOURCE.regions,
  paint: {
    'line-color': ['coalesce', state('claimColor'), MAP_COLOURS.claimLine],
    'line-width': 2,
    'line-dasharray': [3, 2],
    'line-opacity': ['case', ['boolean', state('claimed'), false], 1, 0],
  },
};

export const groupsLineLayer: LineLayerSpecification = {
  id: 'groups-line',
  type: 'line',
  source: SOURCE.groups,
  layout: { 'line-join': 'round' },
  paint: {
    'line-color': MAP_COLOURS.groupLine,
    'line-width': 3,
    'line-opacity': ['case', ['boolean', state('active'), false], 1, 0],
  },
};

export const highlightLineLayer: LineLayerSpecification = {
  id: 'regions-highlight',
  type: 'line',
  source: SOURCE.regions,
  layout: { 'line-join': 'round' },
  paint: {
    'line-color': [
      'case',
      ['boolean', state('selected'), false],
      MAP_COLOURS.selectLine,
      ['boolean', state('mentioned'), false],
      MAP_COLOURS.mentionLine,
      MAP_COLOURS.hoverLine,
    ],
    'line-width': [
      'case',
      ['boolean', state('selected'), false],
      3.5,
      ['boolean', state('mentioned'), false],
      3.5,
      ['boolean', state('hover'), false],
      2.5,
      0,
    ],
  },
};

/** Layers in drawing order. */
export const CONTROL_MAP_LAYERS = [
  backgroundLayer,
  neighboursFillLayer,
  neighboursLineLayer,
  regionsFillLayer,
  ...PATTERN_LAYERS,
  regionsLineLayer,
  claimsCasingLayer,
  claimsLineLayer,
  groupsLineLayer,
  highlightLineLayer,
] as const;

/** The layers with the base map's colours for `ground` (the data layers are untouched). */
export function groundedLayers<L extends { id: string }>(
  layers: readonly L[],
  ground: MapGround,
): L[] {
  if (ground === 'light') return [...layers];
  return layers.map((l) => {
    if (l.id === backgroundLayer.id)
      return { ...l, paint: { 'background-color': DARK_GROUND.sea } };
    if (l.id === neighboursFillLayer.id)
      return { ...l, paint: { 'fill-color': DARK_GROUND.neighbour } };
    if (l.id === neighboursLineLayer.id)
      return {
        ...l,
        paint: { ...neighboursLineLayer.paint, 'line-color': DARK_GROUND.neighbourLine },
      };
    return l;
  });
}

/** The offline style: inline GeoJSON sources only, no tiles, glyphs or sprites to fetch. */
export function controlMapStyle(data: {
  regions: FeatureCollection;
  neighbours: FeatureCollection | null;
  groups: FeatureCollection;
}): StyleSpecification {
  return {
    version: 8,
    sources: {
      [SOURCE.regions]: { type: 'geojson', data: data.regions, promoteId: 'iso_3166_2' },
      [SOURCE.neighbours]: {
        type: 'geojson',
        data: data.neighbours ?? { type: 'FeatureCollection', features: [] },
      },
      [SOURCE.groups]: { type: 'geojson', data: data.groups, promoteId: 'group' },
    },
    layers: [...CONTROL_MAP_LAYERS],
  };
}
