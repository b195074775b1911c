import type { DatasetSummary, ResponseResult, Scenario, ScenarioEvent } from '../../engine/index.ts';
import { formatCount } from '../formatCount.ts';
import type { ResponseRun, ResultsController, RunState, ZoneRun, ZoneSetShape } from '../app/appContext.ts';
import type { AppState, Which } from '../state/appState.ts';
import { allocatedZones } from './allocatedZones.ts';
import { colourScale, type ColourScale } from './colourScale.ts';
import type { MapPicture } from './createMapView.ts';
import type { FinerPicture } from './finerOverlay.ts';
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
  /** The finer zones (MSOAs, hexagons) over the zones, when the map shows them and they have arrived; else null. */
  finer: FinerPicture | null;
}

/** Everything the map area shows at one moment, derived from the state, the results and the dataset. */
export interface MapFrame {
  panes: PaneFrame[];
  scale: ColourScale;
  legend: LegendOptions;
  /** The selected zone's figures on each map, for the keyboard's figures card. */
  selectedFigures: { label: string; content: TooltipContent }[] | null;
  runs: { label: string; run: RunState<unknown> }[];
  /** Why the finer zones asked for are not on the map, when they cannot be. */
  finerProblems: string[];
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
  const weekMemo = new WeakMap<object, { week: ZoneWeek; response: ResponseResult | null }>();
  let extentMemo: { key: unknown[]; scale: ColourScale } | null = null;
  let stationMemo: { summary: DatasetSummary; max: number } | null = null;
  let finerForces: { set: ZoneSetShape; summary: DatasetSummary; forces: string[] } | null = null;
  // Kept per dataset and grid: the colour scale's memo compares them by identity.
  const statics = new WeakMap<object, ZoneStatics>();
  const staticsOf = (owner: DatasetSummary | ZoneSetShape): ZoneStatics => {
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

  /** The run as the map reads it, with the response simulation of the same scenario when it has arrived. */
  function zoneWeek(run: ZoneRun, response: ResponseRun, allocation: Uint8Array, n: number): ZoneWeek | null {
    const result = run.result;
    if (!result || result.n !== n) return null;
    const simulated = response.result && response.resultFor === run.resultFor ? response.result : null;
    let kept = weekMemo.get(result);
    if (!kept || kept.week.allocated !== allocation || kept.response !== simulated) {
      kept = { week: resultWeek(result, allocation, simulated), response: simulated };
      weekMemo.set(result, kept);
    }
    return kept.week;
  }

  function setForces(set: ZoneSetShape, summary: DatasetSummary): string[] {
    if (!finerForces || finerForces.set !== set || finerForces.summary !== summary) {
      finerForces = { set, summary, forces: Array.from(set.parent, (z) => summary.zones.forces[z] ?? '') };
    }
    return finerForces.forces;
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
    const kind = view.zones === 'boroughs' ? null : view.zones;
    const set = kind ? results.zoneSet(kind) : null;
    const zoneStatics = staticsOf(summary);
    if (stationMemo?.summary !== summary) stationMemo = { summary, max: maxFootfall(summary.stations) };
    const stationMax = stationMemo.max;

    const parts = whiches.map((which) => {
      const scenario = state[which];
      const allocation = allocated(which, summary, scenario);
      const zoneRun = results.get(which);
      const finerRun = results.finer(which);
      const finerWeek = set && finerRun.kind === kind && finerRun.result && finerRun.result.n === set.ids.length ? finerRun.result : null;
      return { which, scenario, allocation, zoneRun, finerRun, week: zoneWeek(zoneRun, results.response(which), allocation, n), finerWeek };
    });
    // Finer zones only once every map has them, so both maps share one colour scale over one kind of zone.
    const onFiner = set !== null && parts.every((p) => p.finerWeek !== null);
    const sources: MeasureSource[] = parts.map((p) =>
      onFiner ? { statics: staticsOf(set), week: p.finerWeek } : { statics: zoneStatics, week: p.week });
    const scale = scaleFor(state, sources);
    const selectedZone = view.selectedZone === null || kind !== null ? -1 : summary.zones.ids.indexOf(view.selectedZone);
    const selectedFiner = view.selectedZone === null || !set ? -1 : set.ids.indexOf(view.selectedZone);
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
          summary, figures, allocated: p.allocation, scale, stationMax, selectedZone: selectedZone >= 0 ? selectedZone : null,
          events: p.scenario.events ?? NO_EVENTS,
        },
        finer: onFiner && p.finerWeek ? {
          set,
          scale,
          selected: selectedFiner >= 0 ? selectedFiner : null,
          figures: {
            names: set.names, forces: setForces(set, summary), statics: staticsOf(set),
            week: p.finerWeek, force, slot: view.slot, measure: view.measure,
            within: (z) => `${set.cellKm === null ? 'In' : 'Mostly in'} ${summary.zones.names[set.parent[z]] ?? 'no zone'}`,
          },
        } : null,
      };
    });

    const force = state.scenario.force ?? 'all';
    const hatched = summary.zones.forces.some((f, z) => !parts[0].allocation[z] && f);
    // Kept to one line, so the map does not change size with the zone set; "Why this number?" says how.
    const finerNote = !onFiner ? null : set.cellKm !== null
      ? `Hexagons with ${set.cellKm} km sides; figures estimated below borough level.`
      : `${set.ids.length.toLocaleString('en-GB')} MSOAs; figures estimated below borough level.`;
    const problem = kind ? results.zoneSetProblem(kind) : null;
    return {
      panes,
      scale,
      legend: {
        notPoliced: hatched ? `Not policed by the ${forceShortName(force)}: no officers here` : null,
        cityPoliceArea: summary.zones.forces.includes(CITY_OF_LONDON_FORCE),
        stations: summary.stations.ids.length > 0,
        grid: finerNote,
      },
      selectedFigures: selectedZone >= 0
        ? panes.map((pane) => ({ label: view.compare ? pane.name : '', content: zoneTooltipContent(pane.zones.figures, selectedZone) }))
        : selectedFiner >= 0 && onFiner
          ? panes.map((pane) => ({ label: view.compare ? pane.name : '', content: zoneTooltipContent(pane.finer!.figures, selectedFiner) }))
          : null,
      runs: parts.flatMap((p) => {
        const label = p.scenario.name;
        const runs: { label: string; run: RunState<unknown> }[] = [{ label, run: p.zoneRun }];
        // Its progress is shown while it runs; its refusals are the allocation's, said once.
        const response = results.response(p.which);
        if (response.status === 'running') runs.push({ label, run: response });
        if (kind) runs.push({ label: `${label} on ${kind === 'msoas' ? 'MSOAs' : 'hexagons'}`, run: p.finerRun });
        return runs;
      }),
      finerProblems: !kind ? [] : problem ? [problem]
        : parts.flatMap((p) => (p.finerRun.status === 'invalid' || p.finerRun.status === 'failed' ? p.finerRun.errors.map((e) => `${p.scenario.name}: ${e.message}`) : [])),
    };
  };
}
