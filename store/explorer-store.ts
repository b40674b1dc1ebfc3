import { createStore } from 'zustand/vanilla';
import { EMPTY_FILTERS, type Filters } from '@/lib/explore/filters';

/** The shared, linked state of one explorer page. */
export interface ExplorerState {
  /** The "as of" day, YYYY-MM-DD. */
  date: string;
  selectedItemId: string | null;
  selectedRegionId: string | null;
  /** A place (town, base, camp) whose panel is open. */
  selectedPlaceId: string | null;
  hoveredItemId: string | null;
  hoveredRegionId: string | null;
  /** What narrows the timeline (never the map: control is always shown). */
  filters: Filters;
  /** Second "as of" day for comparison, YYYY-MM-DD, or null. */
  compareDate: string | null;
  playback: { playing: boolean; /** Steps per second. */ speed: number };
  /** The party whose share the map shades; null = the dataset's default. */
  mapParty: string | null;
  /** Claimed figures fill the map too (labelled as claims); off by default. */
  includeClaims: boolean;
  /** What the map's place shows: the map, or charts of control over time. */
  tab: ExplorerTab;
}

/** The views that share the map's place: `?tab=chart` in a link. */
export type ExplorerTab = 'map' | 'chart';

export interface ExplorerActions {
  setDate: (date: string) => void;
  /** Selects a timeline item; moves the date to the item's day when it has one. */
  selectItem: (id: string | null) => void;
  selectRegion: (id: string | null) => void;
  selectPlace: (id: string | null) => void;
  hoverItem: (id: string | null) => void;
  hoverRegion: (id: string | null) => void;
  clearSelection: () => void;
  setFilters: (patch: Partial<Filters>) => void;
  resetFilters: () => void;
  setCompareDate: (date: string | null) => void;
  play: () => void;
  pause: () => void;
  setSpeed: (speed: number) => void;
  setMapParty: (party: string | null) => void;
  setIncludeClaims: (on: boolean) => void;
  setTab: (tab: ExplorerTab) => void;
  /** Replaces the shareable state at once (URL restore, back/forward). */
  restore: (
    state: Partial<
      Pick<
        ExplorerState,
        | 'date'
        | 'selectedItemId'
        | 'selectedRegionId'
        | 'selectedPlaceId'
        | 'filters'
        | 'compareDate'
        | 'mapParty'
        | 'includeClaims'
        | 'tab'
      >
    >,
  ) => void;
}

export type ExplorerStore = ExplorerState & ExplorerActions;

export interface ExplorerStoreOptions {
  initial: Partial<ExplorerState> & { date: string };
  /** Day (YYYY-MM-DD) to move to when an item is selected; absent for undated items. */
  itemDays: Record<string, string | undefined>;
  /** The days the date may take: [first, last]. */
  bounds?: [string, string];
}

const clampDay = (day: string, bounds?: [string, string]) =>
  !bounds ? day : day < bounds[0] ? bounds[0] : day > bounds[1] ? bounds[1] : day;

/** Makes one store per page (never a module global: Next.js renders many requests). */
export function createExplorerStore({ initial, itemDays, bounds }: ExplorerStoreOptions) {
  return createStore<ExplorerStore>()((set) => ({
    selectedItemId: null,
    selectedRegionId: null,
    selectedPlaceId: null,
    hoveredItemId: null,
    hoveredRegionId: null,
    filters: EMPTY_FILTERS,
    compareDate: null,
    playback: { playing: false, speed: 2 },
    mapParty: null,
    includeClaims: false,
    tab: 'map',
    ...initial,
    setDate: (date) => set({ date: clampDay(date, bounds) }),
    selectItem: (id) =>
      set((s) => {
        if (id === null) return { selectedItemId: null };
        const day = itemDays[id];
        return { selectedItemId: id, date: day ? clampDay(day, bounds) : s.date };
      }),
    selectRegion: (id) => set({ selectedRegionId: id }),
    selectPlace: (id) => set({ selectedPlaceId: id }),
    hoverItem: (id) => set({ hoveredItemId: id }),
    hoverRegion: (id) => set({ hoveredRegionId: id }),
    clearSelection: () =>
      set({ selectedItemId: null, selectedRegionId: null, selectedPlaceId: null }),
    setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
    resetFilters: () => set({ filters: EMPTY_FILTERS }),
    setCompareDate: (date) => set({ compareDate: date === null ? null : clampDay(date, bounds) }),
    play: () => set((s) => ({ playback: { ...s.playback, playing: true } })),
    pause: () => set((s) => ({ playback: { ...s.playback, playing: false } })),
    setSpeed: (speed) =>
      set((s) => ({ playback: { ...s.playback, speed: Math.min(8, Math.max(0.5, speed)) } })),
    setMapParty: (party) => set({ mapParty: party }),
    setIncludeClaims: (on) => set({ includeClaims: on }),
    setTab: (tab) => set({ tab }),
    restore: (state) =>
      set({
        selectedItemId: null,
        selectedRegionId: null,
        selectedPlaceId: null,
        compareDate: null,
        filters: EMPTY_FILTERS,
        mapParty: null,
        includeClaims: false,
        tab: 'map',
        ...state,
        ...(state.date ? { date: clampDay(state.date, bounds) } : {}),
      }),
  }));
}

export type ExplorerStoreApi = ReturnType<typeof createExplorerStore>;
