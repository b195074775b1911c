import { TRAVEL_OFF, type ResponseInputs } from '../../../../src/model/response/responseInputs.ts';
import { SLOTS_PER_WEEK } from '../../../../src/model/time.ts';

export interface SingleZone {
  units: number;
  /** Calls per minute of each grade, the same in every slot. */
  perMinute: [number, number];
  onSceneMinutes?: number;
  travelMode?: number;
  areaKm2?: number;
  kmPerMinute?: number;
  lognormal?: boolean;
  warmupSlots?: number;
  seed?: number;
}

/** Inputs for one zone with constant units and constant arrivals: the M/M/c setting when travel is off. */
export function singleZoneInputs(o: SingleZone): ResponseInputs {
  const rate = new Float64Array(SLOTS_PER_WEEK * 2);
  for (let s = 0; s < SLOTS_PER_WEEK; s++) rate.set(o.perMinute, s * 2);
  return {
    n: 1, slots: SLOTS_PER_WEEK, grades: 2,
    targetMinutes: Float64Array.of(15, 60),
    onSceneMinutes: Float64Array.of(o.onSceneMinutes ?? 60, o.onSceneMinutes ?? 60),
    lognormal: o.lognormal ? 1 : 0, onSceneCv: 1,
    travelMode: o.travelMode ?? TRAVEL_OFF, lawConstant: 0.5 * Math.sqrt(Math.PI / 2), turnoutMinutes: 2,
    crossBoundary: 0, warmupSlots: o.warmupSlots ?? 192, seed: o.seed ?? 7,
    areaKm2: Float64Array.of(o.areaKm2 ?? 40), inner: Uint8Array.of(1), kmPerMinute: Float64Array.of(o.kmPerMinute ?? 0.4),
    nearOffsets: Int32Array.of(0, 0), near: new Int32Array(0), nearKm: new Float64Array(0), nearOpen: new Uint8Array(0),
    units: new Int32Array(SLOTS_PER_WEEK).fill(o.units),
    rate,
    cumShare: new Float64Array(SLOTS_PER_WEEK).fill(1),
  };
}
