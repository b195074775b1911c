import type { Dataset } from '../dataset.ts';
import type { PreparedScenario } from '../prepareScenario.ts';
import type { ScenarioResult } from '../runScenario.ts';
import { SLOT_MINUTES, SLOTS_PER_WEEK } from '../time.ts';
import { callProfile } from './callProfile.ts';
import { commandUnits, type CommandUnits } from './commandUnits.ts';
import type { ResponseParams } from './responseParams.ts';
import { responseUnits } from './responseUnits.ts';
import { greatCircleKm, lawConstant, metricFactor } from './squareRootLaw.ts';

export const TRAVEL_RANDOM = 0;
export const TRAVEL_MEAN = 1;
export const TRAVEL_OFF = 2;

/**
 * Everything one replication needs, as numbers and typed arrays only, so it can be built once and
 * copied to every worker. Zones are 0..n-1, slots the 672 of the week, grades 0 (immediate) and
 * 1 (significant).
 */
export interface ResponseInputs {
  n: number;
  slots: number;
  grades: number;
  /** Per grade: attendance target and mean on-scene time, minutes. */
  targetMinutes: Float64Array;
  onSceneMinutes: Float64Array;
  /** 1 for lognormal on-scene times (coefficient of variation onSceneCv), 0 for exponential. */
  lognormal: number;
  onSceneCv: number;
  travelMode: number;
  /** The square-root law's constant c (0.627 right-angle, 0.5 straight-line). */
  lawConstant: number;
  turnoutMinutes: number;
  crossBoundary: number;
  /** Slots simulated (and not recorded) before Monday 00:00: the end of the week, which wraps round. */
  warmupSlots: number;
  seed: number;
  /** Per zone: land area (km²), 1 for inner zones, speed in km per minute. */
  areaKm2: Float64Array;
  inner: Uint8Array;
  kmPerMinute: Float64Array;
  /**
   * Zones that receive officers and may lend a unit, nearest first (CSR), with the street distance to each
   * in km: the other zones of the zone's command unit (zones with the same `parents` entry, e.g. the MSOAs
   * of one borough), and adjacent zones of other command units.
   */
  nearOffsets: Int32Array;
  near: Int32Array;
  nearKm: Float64Array;
  /** Per entry of `near`: 1 for the same command unit (always open), 0 for another (only with crossBoundary). */
  nearOpen: Uint8Array;
  /** Response units per zone and slot ([slot * n + zone]). */
  units: Int32Array;
  /** Calls per minute in each slot, per grade ([slot * grades + grade]). */
  rate: Float64Array;
  /** Cumulative share of the slot's calls over zones ([slot * n + zone]; the last allocated zone is 1). */
  cumShare: Float64Array;
}

/** Builds a run's simulation inputs from the dataset, the prepared scenario and its allocation. */
export function responseInputs(data: Dataset, plan: PreparedScenario, result: ScenarioResult): ResponseInputs {
  const p = plan.service.response;
  const n = data.zones.count;
  const command = commandUnits(data.zones);
  const units = responseUnits(result.officersWhole, result.eventOfficers, plan.allocated, n, p.responseUnitShare, p.unitSize, command);
  const weight = p.spreadBy === 'risk' ? riskWeight(result, n) : result.inputs.demand;
  return {
    ...settings(p),
    n,
    slots: SLOTS_PER_WEEK,
    ...zoneGeography(data, plan.allocated, p, command),
    units,
    rate: callRates(p),
    cumShare: cumulativeShares(weight, plan.allocated, n),
  };
}

/** The scalar and per-grade settings of the inputs. */
export function settings(p: ResponseParams): Pick<ResponseInputs,
  'grades' | 'targetMinutes' | 'onSceneMinutes' | 'lognormal' | 'onSceneCv' | 'travelMode' | 'lawConstant' |
  'turnoutMinutes' | 'crossBoundary' | 'warmupSlots' | 'seed'> {
  return {
    grades: p.grades.length,
    targetMinutes: Float64Array.from(p.grades, (g) => g.targetMinutes),
    onSceneMinutes: Float64Array.from(p.grades, (g) => g.onSceneMinutes),
    lognormal: p.onScene === 'lognormal' ? 1 : 0,
    onSceneCv: p.onSceneCv,
    travelMode: p.travelMode === 'random' ? TRAVEL_RANDOM : p.travelMode === 'mean' ? TRAVEL_MEAN : TRAVEL_OFF,
    lawConstant: lawConstant(p.metric),
    turnoutMinutes: p.turnoutMinutes,
    crossBoundary: p.crossBoundary ? 1 : 0,
    warmupSlots: Math.round((p.warmupHours * 60) / SLOT_MINUTES),
    seed: p.seed >>> 0,
  };
}

/** Calls per minute per slot and grade: each grade's weekly volume spread by the call profile. */
export function callRates(p: ResponseParams): Float64Array {
  const profile = callProfile(p.hours, p.days, p.weekendNightScale);
  const g = p.grades.length;
  const rate = new Float64Array(SLOTS_PER_WEEK * g);
  for (let s = 0; s < SLOTS_PER_WEEK; s++) {
    for (let k = 0; k < g; k++) rate[s * g + k] = (p.grades[k].callsPerWeek * profile[s]) / SLOT_MINUTES;
  }
  return rate;
}

/**
 * Inner or outer, speed, and the allocated zones that may lend a unit, by distance. A zone is inner when
 * its id is in innerZones; when none of those ids is a zone of the dataset (hexagons, another city), when
 * its residents per km² reach innerDensity. A zone's command unit is its parent (an MSOA's or a hexagon's
 * borough): response units are dispatched across the zones of one command unit as across one borough, so a
 * finer zone set does not strand calls in zones that hold no unit. Zones without a parent are their own.
 */
export function zoneGeography(data: Dataset, allocated: Uint8Array, p: ResponseParams, command: CommandUnits):
  Pick<ResponseInputs, 'areaKm2' | 'inner' | 'kmPerMinute' | 'nearOffsets' | 'near' | 'nearKm' | 'nearOpen'> {
  const { zones, adjacency } = data;
  const n = zones.count;
  const listed = new Set(p.innerZones);
  const byList = zones.ids.some((id) => listed.has(id));
  const inner = new Uint8Array(n);
  const kmPerMinute = new Float64Array(n);
  for (let z = 0; z < n; z++) {
    const density = zones.areaKm2[z] > 0 ? data.residents[z] / zones.areaKm2[z] : 0;
    inner[z] = (byList ? listed.has(zones.ids[z]) : density >= p.innerDensity) ? 1 : 0;
    kmPerMinute[z] = (inner[z] ? p.speedKmhInner : p.speedKmhOuter) / 60;
  }
  const factor = metricFactor(p.metric);
  const nearOffsets = new Int32Array(n + 1);
  const near: number[] = [];
  const nearKm: number[] = [];
  const nearOpen: number[] = [];
  for (let z = 0; z < n; z++) {
    const list = new Map<number, { km: number; open: number }>();
    const add = (m: number, open: number) => {
      if (m === z || !allocated[m] || list.has(m)) return;
      list.set(m, { km: factor * greatCircleKm(zones.labelLon[z], zones.labelLat[z], zones.labelLon[m], zones.labelLat[m]), open });
    };
    const u = command.of[z];
    for (let j = command.offsets[u]; j < command.offsets[u + 1]; j++) add(command.members[j], 1);
    for (let j = adjacency.offsets[z]; j < adjacency.offsets[z + 1]; j++) add(adjacency.neighbours[j], 0);
    const sorted = [...list].sort((a, b) => a[1].km - b[1].km || a[0] - b[0]);
    for (const [m, { km, open }] of sorted) {
      near.push(m);
      nearKm.push(km);
      nearOpen.push(open);
    }
    nearOffsets[z + 1] = near.length;
  }
  return {
    areaKm2: Float64Array.from(zones.areaKm2), inner, kmPerMinute, nearOffsets,
    near: Int32Array.from(near), nearKm: Float64Array.from(nearKm), nearOpen: Uint8Array.from(nearOpen),
  };
}

/**
 * Per slot, the cumulative share of calls over zones: allocated zones in proportion to `weight`
 * ([slot * n + zone]), or evenly when the slot's weights add up to zero.
 */
export function cumulativeShares(weight: Float64Array, allocated: Uint8Array, n: number): Float64Array {
  const slots = weight.length / n;
  const out = new Float64Array(weight.length);
  let count = 0;
  for (let z = 0; z < n; z++) count += allocated[z];
  for (let s = 0; s < slots; s++) {
    const off = s * n;
    let sum = 0;
    for (let z = 0; z < n; z++) if (allocated[z]) sum += Math.max(0, weight[off + z]);
    let acc = 0;
    let last = -1;
    for (let z = 0; z < n; z++) {
      if (allocated[z]) {
        acc += sum > 0 ? Math.max(0, weight[off + z]) / sum : 1 / count;
        if (sum <= 0 || weight[off + z] > 0) last = z;
      }
      out[off + z] = acc;
    }
    // Rounding must not leave a sliver above the last zone that can receive calls.
    for (let z = Math.max(0, last); z < n; z++) out[off + z] = 1;
  }
  return out;
}

/** Risk per zone and slot: people present times the zone's ambient crime rate. */
function riskWeight(result: ScenarioResult, n: number): Float64Array {
  const present = result.inputs.present;
  const perPerson = result.inputs.risk.perPerson;
  const out = new Float64Array(present.length);
  for (let i = 0; i < present.length; i++) out[i] = present[i] * perPerson[i % n];
  return out;
}
