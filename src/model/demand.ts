/** Relative weights of the three demand components. */
export interface DemandWeights {
  present: number;
  footfall: number;
  risk: number;
}

export interface DemandInputs {
  n: number;
  present: Float64Array;
  footfall: Float64Array;
  /** Ambient crime rate per zone (crimes per person present). */
  riskPerPerson: Float64Array;
}

/** One zone-slot's demand and how it was made. */
export interface DemandParts {
  presentShare: number;
  footfallShare: number;
  riskShare: number;
  /** People present in every zone in this slot. */
  totalPresent: number;
  demand: number;
}

/**
 * Demand D[slot * n + zone] in "people-equivalents": each component becomes the zone's share of its slot
 * total, the shares are averaged with the weights, and the result is scaled by everyone present in
 * that slot:  D = P_total * (w_p P/P_total + w_f F/F_total + w_r Q/Q_total) / (w_p + w_f + w_r)
 * where Q = people present x ambient crime rate. With only the presence weight, D = P. A component with
 * a zero total in a slot (no tube at 03:00) stands in with the presence share so it neither adds nor
 * removes demand.
 */
export function demand(inputs: DemandInputs, weights: DemandWeights): Float64Array {
  const { n, present } = inputs;
  const slots = present.length / n;
  const out = new Float64Array(present.length);
  const wSum = weights.present + weights.footfall + weights.risk;
  for (let s = 0; s < slots; s++) {
    const t = slotTotals(inputs, s);
    const row = s * n;
    for (let z = 0; z < n; z++) out[row + z] = combine(inputs, weights, wSum, t, row + z, z);
  }
  return out;
}

export function demandParts(inputs: DemandInputs, weights: DemandWeights, slot: number, zone: number): DemandParts {
  const t = slotTotals(inputs, slot);
  const i = slot * inputs.n + zone;
  const presentShare = t.present > 0 ? inputs.present[i] / t.present : 0;
  return {
    presentShare,
    footfallShare: t.footfall > 0 ? inputs.footfall[i] / t.footfall : presentShare,
    riskShare: t.risk > 0 ? (inputs.present[i] * inputs.riskPerPerson[zone]) / t.risk : presentShare,
    totalPresent: t.present,
    demand: combine(inputs, weights, weights.present + weights.footfall + weights.risk, t, i, zone),
  };
}

interface Totals {
  present: number;
  footfall: number;
  risk: number;
}

function slotTotals(inputs: DemandInputs, s: number): Totals {
  const { n, present, footfall, riskPerPerson } = inputs;
  const t: Totals = { present: 0, footfall: 0, risk: 0 };
  for (let z = 0, i = s * n; z < n; z++, i++) {
    t.present += present[i];
    t.footfall += footfall[i];
    t.risk += present[i] * riskPerPerson[z];
  }
  return t;
}

function combine(inputs: DemandInputs, w: DemandWeights, wSum: number, t: Totals, i: number, z: number): number {
  if (!(wSum > 0) || !(t.present > 0)) return inputs.present[i];
  const p = inputs.present[i] / t.present;
  const f = t.footfall > 0 ? inputs.footfall[i] / t.footfall : p;
  const r = t.risk > 0 ? (inputs.present[i] * inputs.riskPerPerson[z]) / t.risk : p;
  return (t.present * (w.present * p + w.footfall * f + w.risk * r)) / wSum;
}
