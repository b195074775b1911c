import { erlangC } from './erlangC.ts';
import type { ServiceParams } from './prepareScenario.ts';
import { gini, giniOrder } from './gini.ts';

const SLOT_HOURS = 0.25;

export interface MeasureInputs {
  n: number;
  allocated: Uint8Array;
  demand: Float64Array;
  /** Local officers (without event deployments), continuous. */
  local: Float64Array;
  officersWhole: Int32Array;
  fixedWhole: Int32Array;
  /** Officers shared between zones in each slot (on duty minus events). */
  localTotals: ArrayLike<number>;
  service: ServiceParams;
  /** Immediate incidents a year across allocated zones, or null when unknown (no queueing figures). */
  incidentsPerYear: number | null;
}

export interface Measures {
  /** Per slot: half the sum of |officer share - demand share| over allocated zones. */
  dissimilarity: Float64Array;
  /** Per slot: Gini coefficient of officers per unit of demand (zones weighted by demand). */
  gini: Float64Array;
  /** Per slot: officer-hours sitting in zones beyond their fixed allocation, i.e. moved across borough lines. */
  movedHours: Float64Array;
  /** Per zone-slot: officers short of a purely proportional share (where floors or caps bind). */
  unmet: Float64Array;
  /** Per slot: total officers short. */
  unmetTotal: Float64Array;
  /** Per zone-slot Erlang C figures for immediate calls (NaN without an incident rate). */
  pWait: Float64Array;
  meanWait: Float64Array;
  withinTarget: Float64Array;
  /** Per slot: call-weighted share of immediate calls with a unit free within the target. */
  withinTargetSlot: Float64Array;
  totals: {
    officerHours: number;
    officerHoursFixed: number;
    movedHours: number;
    unmetOfficerHours: number;
    dissimilarity: number;
    gini: number;
    withinTarget: number;
  };
}

export function measures(m: MeasureInputs): Measures {
  const { n, allocated, demand, local, officersWhole, fixedWhole, localTotals, service } = m;
  const slots = localTotals.length;
  const size = slots * n;
  const out: Measures = {
    dissimilarity: new Float64Array(slots),
    gini: new Float64Array(slots),
    movedHours: new Float64Array(slots),
    unmet: new Float64Array(size),
    unmetTotal: new Float64Array(slots),
    pWait: new Float64Array(size).fill(NaN),
    meanWait: new Float64Array(size).fill(NaN),
    withinTarget: new Float64Array(size).fill(NaN),
    withinTargetSlot: new Float64Array(slots).fill(NaN),
    totals: { officerHours: 0, officerHoursFixed: 0, movedHours: 0, unmetOfficerHours: 0, dissimilarity: 0, gini: 0, withinTarget: NaN },
  };
  const order = giniOrder(n);
  const weekDemand = new Float64Array(n);
  const weekLocal = new Float64Array(n);
  const callsPerHourTotal = m.incidentsPerYear === null ? null : m.incidentsPerYear / 8760;
  let calls = 0;
  let callsWithin = 0;
  for (let s = 0; s < slots; s++) {
    const row = s * n;
    let dSum = 0;
    for (let z = 0; z < n; z++) if (allocated[z]) dSum += demand[row + z];
    const h = localTotals[s];
    let dis = 0;
    let moved = 0;
    let short = 0;
    let slotCalls = 0;
    let slotWithin = 0;
    for (let z = 0; z < n; z++) {
      const i = row + z;
      out.totals.officerHours += officersWhole[i] * SLOT_HOURS;
      out.totals.officerHoursFixed += fixedWhole[i] * SLOT_HOURS;
      moved += Math.max(0, officersWhole[i] - fixedWhole[i]) * SLOT_HOURS;
      if (!allocated[z] || dSum <= 0) continue;
      const dShare = demand[i] / dSum;
      dis += Math.abs((h > 0 ? local[i] / h : 0) - dShare);
      out.unmet[i] = Math.max(0, h * dShare - local[i]);
      short += out.unmet[i];
      weekDemand[z] += demand[i];
      weekLocal[z] += local[i];
      if (callsPerHourTotal !== null) {
        const perHour = callsPerHourTotal * dShare;
        const units = Math.floor((officersWhole[i] * service.responseShare) / service.unitSize);
        const q = erlangC(units, perHour, service.serviceMinutes, service.targetMinutes);
        out.pWait[i] = q.pWait;
        out.meanWait[i] = q.meanWait;
        out.withinTarget[i] = q.withinTarget;
        slotCalls += perHour;
        slotWithin += perHour * q.withinTarget;
      }
    }
    out.dissimilarity[s] = dis / 2;
    out.gini[s] = gini(local.subarray(row, row + n), demand.subarray(row, row + n), allocated, order);
    out.movedHours[s] = moved;
    out.unmetTotal[s] = short;
    out.totals.movedHours += moved;
    out.totals.unmetOfficerHours += short * SLOT_HOURS;
    out.totals.dissimilarity += out.dissimilarity[s] / slots;
    if (slotCalls > 0) {
      out.withinTargetSlot[s] = slotWithin / slotCalls;
      calls += slotCalls;
      callsWithin += slotWithin;
    }
  }
  out.totals.gini = gini(weekLocal, weekDemand, allocated);
  if (calls > 0) out.totals.withinTarget = callsWithin / calls;
  return out;
}
