import type { DatasetSummary, Scenario, ScenarioEvent } from '../../engine/index.ts';
import { formatCount } from '../formatCount.ts';
import type { HexGrid, HexRun, ResultsController, ZoneRun } from '../app/appContext.ts';
import type { AppState, Which } from '../state/appState.ts';
import { allocatedZones } from './allocatedZones.ts';
import { colourScale, type ColourScale } from './colourScale.ts';
import type { MapPicture } from './createMapView.ts';
import type { HexPicture } from './hexagonOverlay.ts';
import type { LegendOptions } from './legend.ts';
import { MEASURE_INFO } from './measureInfo.ts';
import { measureExtent, type MeasureSource } from './measureValues.ts';
import { forceShortName } from './notPolicedText.ts';
import { maxFootfall } from './stationLayer.ts';
import type { TooltipContent } from './tooltip.ts';
import { CITY_OF_LONDON_FORCE } from './zoneLayers.ts';
import { zoneTooltipContent } from './zoneTooltipContent.ts';
import { resultWeek, type ZoneStatics, type ZoneWeek } from './zoneWeek.ts';

/** One empty list, so a scenario without events is the same picture from frame to frame. */
const NO_EVENTS: readonly ScenarioEvent[] = [];

/** One map of the frame: the scenario's, or the comparison's beside it. */
export interface PaneFrame {
  /** 'difference': the comparison minus the scenario (src/ui/compare/differenceFrame.ts). */
  which: Which | 'difference';
  name: string;
  /** "6,854 officers on duty", or "calculating…" before the first result. */
  onDuty: string;
  /** The canvas's accessible name: what the map shows. */
  label: string;
  zones: MapPicture;
  /** The hexagons over the zones, when the map shows hexagons and they have arrived; else null. */
  hexagons: HexPicture | null;
}

/** Everything the map area shows at one moment, derived from the state, the results and the dataset. */
export interface MapFrame {
  panes: PaneFrame[];
  scale: ColourScale;
  legend: LegendOptions;
  /** The selected zone's figures on each map, for the keyboard's figures card. */
  selectedFigures: { label: string; content: TooltipContent }[] | null;
  runs: { label: string; run: ZoneRun | HexRun }[];
  hexagonProblems: string[];
}

export interface MapFrameInput {
  state: AppState;
  results: ResultsController;
  summary: DatasetSummary;
}

/**
 * Derives map frames, keeping what only changes with a run or the dataset (which zones a force
 * polices, the week's colour extent, station footfall's top) from one frame to the next: moving
 * through time only reads the slot.
 */
export function createMapFrames(): (input: MapFrameInput) => MapFrame {
  const allocatedMemo = new Map<Which, { summary: DatasetSummary; scenario: Scenario; value: Uint8Array }>();
  const weekMemo = new WeakMap<object, ZoneWeek>();
  let extentMemo: { key: unknown[]; scale: ColourScale } | null = null;
  let stationMemo: { summary: DatasetSummary; max: number } | null = null;
  let hexForces: { grid: HexGrid; summary: DatasetSummary; forces: string[] } | null = null;
  // Kept per dataset and grid: the colour scale's memo compares them by identity.
  const statics = new WeakMap<object, ZoneStatics>();
  const staticsOf = (owner: DatasetSummary | HexGrid): ZoneStatics => {
    let s = statics.get(owner);
    if (!s) {
      s = 'zones' in owner ? { residents: owner.zones.residents, workday: owner.zones.workday } : { residents: owner.residents, workday: owner.workday };
      statics.set(owner, s);
    }
    return s;
  };

  function allocated(which: Which, summary: DatasetSummary, scenario: Scenario): Uint8Array {
    const memo = allocatedMemo.get(which);
    if (memo && memo.summary === summary && memo.scenario === scenario) return memo.value;
    const value = allocatedZones(summary, scenario);
    allocatedMemo.set(which, { summary, scenario, value });
    return value;
  }

  function zoneWeek(run: ZoneRun, allocation: Uint8Array, n: number): ZoneWeek | null {
    const result = run.result;
    if (!result || result.n !== n) return null;
    let week = weekMemo.get(result);
    if (!week || week.allocated !== allocation) {
      week = resultWeek(result, allocation);
      weekMemo.set(result, week);
    }
    return week;
  }

  function gridForces(grid: HexGrid, summary: DatasetSummary): string[] {
    if (hexForces?.grid !== grid || hexForces.summary !== summary) {
      hexForces = { grid, summary, forces: Array.from(grid.zone, (z) => summary.zones.forces[z] ?? '') };
    }
    return hexForces.forces;
  }

  function scaleFor(state: AppState, sources: MeasureSource[]): ColourScale {
    const key = [state.view.measure, ...sources.flatMap((s) => [s.statics, s.week])];
    if (extentMemo && extentMemo.key.length === key.length && extentMemo.key.every((k, i) => k === key[i])) return extentMemo.scale;
    const scale = colourScale(state.view.measure, measureExtent(state.view.measure, sources));
    extentMemo = { key, scale };
    return scale;
  }

  return ({ state, results, summary }) => {
    const { view } = state;
    const whiches: Which[] = view.compare ? ['scenario', 'comparison'] : ['scenario'];
    const n = summary.zones.ids.length;
    const grid = results.grid();
    const zoneStatics = staticsOf(summary);
    if (stationMemo?.summary !== summary) stationMemo = { summary, max: maxFootfall(summary.stations) };
    const stationMax = stationMemo.max;

    const parts = whiches.map((which) => {
      const scenario = state[which];
      const allocation = allocated(which, summary, scenario);
      const zoneRun = results.get(which);
      const hexRun = results.hexagons(which);
      const hexWeek = view.zones === 'hexagons' && grid && hexRun.result && hexRun.result.n === grid.ids.length ? hexRun.result : null;
      return { which, scenario, allocation, zoneRun, hexRun, week: zoneWeek(zoneRun, allocation, n), hexWeek };
    });
    // Hexagons only once every map has them, so both maps share one colour scale over one kind of zone.
    const onHexagons = grid !== null && parts.every((p) => p.hexWeek !== null);
    const sources: MeasureSource[] = parts.map((p) =>
      onHexagons ? { statics: staticsOf(grid), week: p.hexWeek } : { statics: zoneStatics, week: p.week });
    const scale = scaleFor(state, sources);
    const selected = view.selectedZone === null ? -1 : summary.zones.ids.indexOf(view.selectedZone);
    const measureTitle = MEASURE_INFO[view.measure].title.toLowerCase();

    const panes = parts.map((p): PaneFrame => {
      const force = p.scenario.force ?? 'all';
      const figures = { names: summary.zones.names, forces: summary.zones.forces, statics: zoneStatics, week: p.week, force, slot: view.slot, measure: view.measure };
      const result = p.zoneRun.result;
      return {
        which: p.which,
        name: p.scenario.name,
        onDuty: result && result.n === n ? `${formatCount(result.onDuty[view.slot])} officers on duty` : 'calculating…',
        // MapLibre's canvas is the map's region landmark: named after what it shows, distinctly per map.
        label: `Map of ${p.scenario.name}: zones coloured by ${measureTitle}`,
        zones: {
          summary, figures, allocated: p.allocation, scale, stationMax, selectedZone: selected >= 0 ? selected : null, events: p.scenario.events ?? NO_EVENTS,
        },
        hexagons: onHexagons && p.hexWeek ? {
          grid,
          scale,
          figures: {
            names: grid.names, forces: gridForces(grid, summary), statics: staticsOf(grid),
            week: p.hexWeek, force, slot: view.slot, measure: view.measure, within: (h) => summary.zones.names[grid.zone[h]] ?? 'no zone',
          },
        } : null,
      };
    });

    const force = state.scenario.force ?? 'all';
    const hatched = summary.zones.forces.some((f, z) => !parts[0].allocation[z] && f);
    return {
      panes,
      scale,
      legend: {
        notPoliced: hatched ? `Not policed by the ${forceShortName(force)}: no officers here` : null,
        cityPoliceArea: summary.zones.forces.includes(CITY_OF_LONDON_FORCE),
        stations: summary.stations.ids.length > 0,
        grid: onHexagons ? `Hexagons with ${grid.cellKm} km sides; people spread within each borough, allocated by the same engine.` : null,
      },
      selectedFigures: selected < 0 ? null : panes.map((pane) => ({
        label: view.compare ? pane.name : '',
        content: zoneTooltipContent(pane.zones.figures, selected),
      })),
      runs: parts.flatMap((p) => {
        const label = p.scenario.name;
        const runs: { label: string; run: ZoneRun | HexRun }[] = [{ label, run: p.zoneRun }];
        if (view.zones === 'hexagons') runs.push({ label: `${label} on hexagons`, run: p.hexRun });
        return runs;
      }),
      hexagonProblems: view.zones === 'hexagons'
        ? parts.flatMap((p) => (p.hexRun.status === 'invalid' || p.hexRun.status === 'failed' ? p.hexRun.errors.map((e) => `${p.scenario.name}: ${e.message}`) : []))
        : [],
    };
  };
}
