import type { Map as MapLibreMap } from 'maplibre-gl';
import type { HexGridResponse, HexSlotResult, ScenarioError } from '../../engine/engineProtocol.ts';
import type { AppContext, DatasetHandle, Which } from '../app/appContext.ts';
import type { MeasureKey } from '../state/appState.ts';
import { createHexLayer, type HexLayer } from './hexLayer.ts';
import { hexMeasureExtent, hexMeasureValues } from './hexMeasureValues.ts';

type Grid = Extract<HexGridResponse, { ok: true }>;

export interface HexViewOptions {
  /** Which of the state's scenarios this map shows (default 'scenario'). */
  which?: Which;
  /** turf cellSide in km (default 1: hexagons 1.73 km across, about 700 over London). */
  cellKm?: number;
  /** Layer the hexagons go under, e.g. the station markers. */
  beforeId?: string;
  /** The caller's colour scale for a measure whose values reach `extent`. */
  scale(measure: MeasureKey, extent: number): (value: number) => string;
  /** Told of each slot drawn (for tooltips, legends), and of refusals in plain words. */
  onChange?(state: { grid: Grid | null; slot: HexSlotResult | null; errors: ScenarioError[] }): void;
}

export interface HexView {
  grid(): Grid | null;
  slot(): HexSlotResult | null;
  layer(): HexLayer | null;
  dispose(): void;
}

/**
 * Keeps a map's hexagon layer in step with the state: while view.zones is 'hexagons' the grid is fetched
 * once per dataset, the current slot of the scenario is asked of the engine on every scenario or time
 * change (a newer request cancels the older), and colours move through feature state only.
 */
export function mountHexView(
  ctx: Pick<AppContext, 'store' | 'engine'> & { dataset: Pick<DatasetHandle, 'subscribe'> }, map: MapLibreMap, options: HexViewOptions,
): HexView {
  const which = options.which ?? 'scenario';
  const cellKm = options.cellKm ?? 1;
  const viewKey = `hexagons:${which}`;
  let grid: Grid | null = null;
  let layer: HexLayer | null = null;
  let slot: HexSlotResult | null = null;
  let errors: ScenarioError[] = [];
  let gridRequest: Promise<void> | null = null;
  /** Bumped whenever the dataset changes, so answers about the old one are dropped. */
  let generation = 0;
  let disposed = false;

  const tell = () => options.onChange?.({ grid, slot, errors });

  function paint(): void {
    if (!layer || !grid) return;
    const { measure } = ctx.store.get().view;
    const source = { residents: grid.residents, workday: grid.workday, slot };
    layer.update(hexMeasureValues(measure, source), options.scale(measure, hexMeasureExtent(measure, source)));
  }

  function ensureGrid(): Promise<void> {
    const asked = generation;
    gridRequest ??= ctx.engine.hexGrid(`${viewKey}:grid`, cellKm).then((answer) => {
      if (disposed || asked !== generation) return;
      if (!answer.ok) {
        gridRequest = null;
        errors = answer.cancelled ? [] : answer.errors;
        tell();
        return;
      }
      grid = answer;
      layer = createHexLayer(map, grid, options.beforeId === undefined ? {} : { beforeId: options.beforeId });
    });
    return gridRequest;
  }

  async function refresh(): Promise<void> {
    const state = ctx.store.get();
    if (state.view.zones !== 'hexagons') {
      layer?.hide();
      return;
    }
    const asked = generation;
    await ensureGrid();
    // The planner may have gone back to boroughs while the grid was on its way.
    if (disposed || asked !== generation || !layer || ctx.store.get().view.zones !== 'hexagons') return;
    layer.show();
    const answer = await ctx.engine.runHexSlot(viewKey, state[which], state.view.slot, cellKm);
    if (disposed || asked !== generation || (!answer.ok && answer.cancelled)) return;
    if (answer.ok) {
      slot = answer.slot;
      errors = [];
    } else errors = answer.errors;
    paint();
    tell();
  }

  const run = () => void refresh().catch((e: unknown) => {
    errors = [{ path: '(engine)', message: e instanceof Error ? e.message : String(e) }];
    tell();
  });

  const unsubscribe = ctx.store.subscribe((state, previous) => {
    const v = state.view;
    const p = previous.view;
    if (v.zones !== p.zones || v.slot !== p.slot || state[which] !== previous[which]) run();
    else if (v.measure !== p.measure) paint();
  });
  const unwatch = ctx.dataset.subscribe(() => {
    generation++;
    layer?.remove();
    [grid, layer, slot, gridRequest, errors] = [null, null, null, null, []];
    tell();
    run();
  });
  run();

  return {
    grid: () => grid,
    slot: () => slot,
    layer: () => layer,
    dispose() {
      disposed = true;
      unsubscribe();
      unwatch();
      ctx.engine.cancel(viewKey);
      layer?.remove();
    },
  };
}
