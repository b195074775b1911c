import type { HexGridResponse, HexSlotResult, ScenarioError } from '../../engine/engineProtocol.ts';
import type { AppContext, Which } from '../app/appContext.ts';
import { mountHexView } from '../hexagons/mountHexView.ts';
import { hexMeasureExtent } from '../hexagons/hexMeasureValues.ts';
import type { MeasureKey } from '../state/appState.ts';
import { colourScale } from './colourScale.ts';
import type { MapView } from './createMapView.ts';
import { hexTooltipContent } from './hexTooltipContent.ts';
import type { OverlayTarget } from './overlayTarget.ts';
import { ZONE_OUTLINE_LAYER } from './zoneLayers.ts';

type Grid = Extract<HexGridResponse, { ok: true }>;

export interface HexagonOverlay {
  /** The largest value of `measure` in this map's hexagons over the week (0 before the first answer). */
  extent(measure: MeasureKey): number;
  /** Whether the hexagons are on this map now. */
  active(): boolean;
  errors(): ScenarioError[];
  cellKm(): number | null;
  dispose(): void;
}

/**
 * The hexagon grid (ENGINEER C's engine run and layer) on one map view: coloured on the scale shared by
 * every map on screen, described and selected through the view's pointer.
 */
export function mountHexagonOverlay(
  ctx: AppContext,
  which: Which,
  view: MapView,
  sharedExtent: (measure: MeasureKey) => number,
  onChange: () => void,
): HexagonOverlay {
  let grid: Grid | null = null;
  let slot: HexSlotResult | null = null;
  let errors: ScenarioError[] = [];
  const target: OverlayTarget = {
    at: (point) => hexView.layer()?.hexAt(point) ?? null,
    describe: (hex) => {
      const zones = ctx.dataset.current().zones;
      return grid ? hexTooltipContent(grid, slot, zones, ctx.store.get()[which].force ?? 'all', hex) : { title: '', subtitle: '', rows: [] };
    },
    zoneOf: (hex) => (grid ? grid.zone[hex] : null),
    highlight: (kind, hex) => hexView.layer()?.highlight(kind, hex),
  };
  const active = () => ctx.store.get().view.zones === 'hexagons' && grid !== null && hexView.layer() !== null;
  const sync = () => view.setOverlay(active() ? target : null);

  const hexView = mountHexView(ctx, view.map, {
    which,
    beforeId: ZONE_OUTLINE_LAYER,
    scale: (measure, extent) => colourScale(measure, Math.max(extent, sharedExtent(measure))).color,
    onChange(state) {
      grid = state.grid;
      slot = state.slot;
      errors = state.errors;
      sync();
      onChange();
    },
  });
  const unsubscribe = ctx.store.subscribe((state, previous) => {
    if (state.view.zones !== previous.view.zones) sync();
  });

  return {
    extent: (measure) => (grid ? hexMeasureExtent(measure, { residents: grid.residents, workday: grid.workday, slot }) : 0),
    active,
    errors: () => errors,
    cellKm: () => grid?.cellKm ?? null,
    dispose() {
      unsubscribe();
      view.setOverlay(null);
      hexView.dispose();
    },
  };
}
