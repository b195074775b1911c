import type { Dataset } from './dataset.ts';
import { PROFILE_DAY_TYPES, TOTAL_OUT_OF_DAY_TYPE, TOTALS_STRIDE } from './dataset.ts';
import { SERVICE_START_SLOT, SLOTS_PER_DAY, serviceDayTypeIndex } from './time.ts';
import { netDaytimeChange } from './workday.ts';

/** From 02:00 to 04:45 the network is all but shut and everyone is taken to be at home. */
const SERVICE_SLOTS = 84;
const T = PROFILE_DAY_TYPES;

/**
 * When commuters are at their workplace, as a fraction from 0 (at home) to 1 (at work), per 15-minute
 * column of each day type (DAY_TYPES: Mon-Thu, Friday, Saturday, Sunday), and how strongly each day type
 * commutes. Columns 00:00 to 04:45 are the early hours after the day (TfL's day runs 05:00 to 05:00):
 * use atWorkAt / commuteScale, which place them on the right calendar day. See docs/model.md, "Presence".
 */
export interface CommutePhase {
  /** London-wide curve per day type: overall[t * 96 + q]. */
  overall: Float64Array;
  /** Per day type and destination zone: atWork[(t * n + z) * 96 + q]. */
  atWork: Float64Array;
  /** How much of zone z's day type t curve comes from its own stations (0..1), at [t * n + z]; the rest is London's. */
  ownWeight: Float64Array;
  /** Commuting intensity of each day type relative to Mon-Thu (Mon-Thu = 1). */
  dayScale: Float64Array;
  /** 1 where a day type's curves come from its own counts, 0 where they repeat Mon-Thu's shape. */
  ownShape: Uint8Array;
  /** Where the curves came from, for explanations. */
  source: 'stations' | 'assumed';
}

/**
 * The at-work curves of a dataset. A day type with station profiles of its own gets its own shape and a
 * scale from its counts; one without (a dataset with only a weekday profile, as before day types) repeats
 * Mon-Thu's shape, scaled by its exits over Mon-Thu exits.
 */
export function commutePhase(data: Dataset): CommutePhase {
  const n = data.zones.count;
  const gain = netDaytimeChange(data);
  const inflow = inCommuters(data);
  const own = new Uint8Array(T);
  for (let t = 0; t < T; t++) own[t] = anyProfile(data, t) ? 1 : 0;
  const curves = Array.from({ length: T }, (_, t) => (own[t] ? dayCurves(data, t, gain, inflow) : null));
  const base = curves[0] ?? assumedCurves(n);

  const overall = new Float64Array(T * SLOTS_PER_DAY);
  const atWork = new Float64Array(T * n * SLOTS_PER_DAY);
  const ownWeight = new Float64Array(T * n);
  const dayScale = new Float64Array(T);
  const exitRatio = exitRatios(data, gain);
  for (let t = 0; t < T; t++) {
    const c = curves[t] ?? base;
    overall.set(c.overall, t * SLOTS_PER_DAY);
    atWork.set(c.atWork, t * n * SLOTS_PER_DAY);
    ownWeight.set(c.ownWeight, t * n);
    // Own counts: the day type's peak tube accumulation in zones that gain people by day against Mon-Thu's,
    // at most 1 (a curve is a share of the Census commuters). Otherwise: exits against Mon-Thu exits.
    const first = curves[0];
    const mine = curves[t];
    dayScale[t] = t === 0 ? 1 : mine && first && first.peak > 0 ? Math.min(1, mine.peak / first.peak) : exitRatio[t];
  }
  return { overall, atWork, ownWeight, dayScale, ownShape: own, source: own[0] ? 'stations' : 'assumed' };
}

/** a_z at a week slot: the curve of the counting day the slot belongs to (see serviceDayTypeIndex). */
export function atWorkAt(phase: CommutePhase, n: number, zone: number, slot: number): number {
  return phase.atWork[(serviceDayTypeIndex(slot) * n + zone) * SLOTS_PER_DAY + (slot % SLOTS_PER_DAY)];
}

/** k at a week slot: how strongly the slot's counting day commutes, relative to Mon-Thu. */
export function commuteScale(phase: CommutePhase, slot: number): number {
  return phase.dayScale[serviceDayTypeIndex(slot)];
}

/** People who work in each zone and live elsewhere (another zone or outside the map). */
export function inCommuters(data: Dataset): Float64Array {
  const n = data.zones.count;
  const out = new Float64Array(n);
  const { origin, destination, count } = data.flows;
  for (let i = 0; i < count.length; i++) {
    if (origin[i] !== destination[i] && destination[i] < n) out[destination[i]] += count[i];
  }
  return out;
}

interface DayCurves {
  overall: Float64Array;
  atWork: Float64Array;
  ownWeight: Float64Array;
  /** Peak of the London gainers' summed net arrivals (people), which sets the day type's scale. */
  peak: number;
}

function anyProfile(data: Dataset, t: number): boolean {
  const { count, hasProfile, zone } = data.stations;
  for (let i = 0; i < count; i++) if (hasProfile[t * count + i] && zone[i] >= 0) return true;
  return false;
}

/** One day type's curves from its stations' net exits. */
function dayCurves(data: Dataset, t: number, gain: Float64Array, inflow: Float64Array): DayCurves {
  const n = data.zones.count;
  const { stations } = data;
  const m = stations.count;
  // net[z][k]: exits minus entries at the zone's profiled stations, in counting-day order k (05:00 first).
  const net = new Float64Array(n * SLOTS_PER_DAY);
  for (let i = 0; i < m; i++) {
    const z = stations.zone[i];
    if (z < 0 || !stations.hasProfile[t * m + i]) continue;
    const row = (t * m + i) * SLOTS_PER_DAY;
    for (let k = 0; k < SERVICE_SLOTS; k++) {
      const q = (SERVICE_START_SLOT + k) % SLOTS_PER_DAY;
      net[z * SLOTS_PER_DAY + k] += stations.profileOut[row + q] - stations.profileIn[row + q];
    }
  }
  const cum = new Float64Array(n * SLOTS_PER_DAY);
  const gainers = new Float64Array(SLOTS_PER_DAY);
  for (let z = 0; z < n; z++) {
    detrendedCumulative(net, z * SLOTS_PER_DAY, cum);
    if (gain[z] > 0) for (let k = 0; k < SLOTS_PER_DAY; k++) gainers[k] += cum[z * SLOTS_PER_DAY + k];
  }
  const peak = max(gainers, 0, SLOTS_PER_DAY);
  const overallByService = peak > 0 ? normalised(gainers, 0) : assumedByService();
  const atWork = new Float64Array(n * SLOTS_PER_DAY);
  const ownWeight = new Float64Array(n);
  for (let z = 0; z < n; z++) {
    const zonePeak = max(cum, z * SLOTS_PER_DAY, SLOTS_PER_DAY);
    // Trust a zone's own stations in proportion to the share of its in-commuters they observe.
    const w = zonePeak > 0 && inflow[z] > 0 ? Math.min(1, zonePeak / inflow[z]) : 0;
    ownWeight[z] = w;
    const own = w > 0 ? normalised(cum, z * SLOTS_PER_DAY) : overallByService;
    for (let k = 0; k < SLOTS_PER_DAY; k++) {
      atWork[z * SLOTS_PER_DAY + (SERVICE_START_SLOT + k) % SLOTS_PER_DAY] = w * own[k] + (1 - w) * overallByService[k];
    }
  }
  return { overall: toClockOrder(overallByService), atWork, ownWeight, peak: Math.max(peak, 0) };
}

/**
 * Cumulative net arrivals through the counting day with a straight-line drift removed, so the curve
 * returns to zero at 02:00: whoever arrived by tube has gone home by some means by then.
 */
function detrendedCumulative(net: Float64Array, offset: number, out: Float64Array): void {
  let total = 0;
  for (let k = 0; k < SERVICE_SLOTS; k++) total += net[offset + k];
  let run = 0;
  for (let k = 0; k < SLOTS_PER_DAY; k++) {
    if (k < SERVICE_SLOTS) {
      run += net[offset + k];
      out[offset + k] = run - (total * (k + 1)) / SERVICE_SLOTS;
    } else out[offset + k] = 0;
  }
}

function max(a: Float64Array, offset: number, length: number): number {
  let m = -Infinity;
  for (let k = 0; k < length; k++) if (a[offset + k] > m) m = a[offset + k];
  return m;
}

/** Scales a curve so its peak is 1 and clamps below at 0. */
function normalised(a: Float64Array, offset: number): Float64Array {
  const peak = max(a, offset, SLOTS_PER_DAY);
  const out = new Float64Array(SLOTS_PER_DAY);
  for (let k = 0; k < SLOTS_PER_DAY; k++) out[k] = Math.max(0, a[offset + k] / peak);
  return out;
}

function toClockOrder(byService: Float64Array): Float64Array {
  const out = new Float64Array(SLOTS_PER_DAY);
  for (let k = 0; k < SLOTS_PER_DAY; k++) out[(SERVICE_START_SLOT + k) % SLOTS_PER_DAY] = byService[k];
  return out;
}

/**
 * Used only when a dataset has no station profiles: at home until 06:00, at work from 09:30 to
 * 16:30, home again by 19:30, with straight ramps between (in counting-day order).
 */
function assumedByService(): Float64Array {
  const out = new Float64Array(SLOTS_PER_DAY);
  for (let k = 0; k < SLOTS_PER_DAY; k++) {
    const hour = 5 + k / 4;
    out[k] = hour < 6 ? 0 : hour < 9.5 ? (hour - 6) / 3.5 : hour <= 16.5 ? 1 : hour < 19.5 ? (19.5 - hour) / 3 : 0;
  }
  return out;
}

function assumedCurves(n: number): DayCurves {
  const overall = toClockOrder(assumedByService());
  const atWork = new Float64Array(n * SLOTS_PER_DAY);
  for (let z = 0; z < n; z++) atWork.set(overall, z * SLOTS_PER_DAY);
  return { overall, atWork, ownWeight: new Float64Array(n), peak: 0 };
}

/**
 * A day type's exits over Mon-Thu exits at the stations of zones that gain people by day (1 for Mon-Thu,
 * and where the totals are unknown): the scale of a day type that has no profiles of its own.
 */
function exitRatios(data: Dataset, gain: Float64Array): Float64Array {
  const { stations } = data;
  const out = new Float64Array(T).fill(1);
  for (let t = 1; t < T; t++) {
    let weekday = 0;
    let day = 0;
    for (let i = 0; i < stations.count; i++) {
      const z = stations.zone[i];
      if (z < 0 || !(gain[z] > 0)) continue;
      const w = stations.totals[i * TOTALS_STRIDE + TOTAL_OUT_OF_DAY_TYPE[0]];
      const x = stations.totals[i * TOTALS_STRIDE + TOTAL_OUT_OF_DAY_TYPE[t]];
      if (!(w > 0) || Number.isNaN(x)) continue;
      weekday += w;
      day += x;
    }
    if (weekday > 0) out[t] = day / weekday;
  }
  return out;
}
