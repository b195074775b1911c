import type { Dataset } from './dataset.ts';
import { TOTAL_SATURDAY_OUT, TOTAL_SUNDAY_OUT, TOTAL_WEEKDAY_OUT, TOTALS_STRIDE } from './dataset.ts';
import { SLOTS_PER_DAY, dayType } from './time.ts';
import { netDaytimeChange } from './workday.ts';

/** The tube's service day starts at 05:00; counts from 00:00 to 01:45 close the previous day. */
export const SERVICE_START_SLOT = 20;
/** From 02:00 to 04:45 the network is shut and everyone is taken to be at home. */
const SERVICE_SLOTS = 84;

/**
 * When commuters are at their workplace, as a fraction from 0 (at home) to 1 (at work), per
 * 15-minute slot of a typical weekday, plus how strongly weekends repeat the weekday pattern.
 * See docs/model.md, "Presence".
 */
export interface CommutePhase {
  /** London-wide weekday curve (96 values). */
  overall: Float64Array;
  /** Per destination zone, 96 values each: zone z's slot q is at[z * 96 + q]. */
  atWork: Float64Array;
  /** How much of each zone's curve comes from its own stations (0..1); the rest is `overall`. */
  ownWeight: Float64Array;
  /** Commuting intensity by day type relative to a weekday: [weekday = 1, Saturday, Sunday]. */
  dayScale: Float64Array;
  /** Where the curves came from, for explanations. */
  source: 'stations' | 'assumed';
}

export function commutePhase(data: Dataset): CommutePhase {
  const n = data.zones.count;
  const { stations } = data;
  // net[z][k]: exits minus entries at the zone's profiled stations, in service-day order k.
  const net = new Float64Array(n * SLOTS_PER_DAY);
  let anyProfile = false;
  for (let i = 0; i < stations.count; i++) {
    const z = stations.zone[i];
    if (z < 0 || !stations.hasProfile[i]) continue;
    anyProfile = true;
    for (let k = 0; k < SERVICE_SLOTS; k++) {
      const q = (SERVICE_START_SLOT + k) % SLOTS_PER_DAY;
      net[z * SLOTS_PER_DAY + k] += stations.profileOut[i * SLOTS_PER_DAY + q] - stations.profileIn[i * SLOTS_PER_DAY + q];
    }
  }

  const gain = netDaytimeChange(data);
  const inflow = inCommuters(data);
  const cum = new Float64Array(n * SLOTS_PER_DAY);
  const gainers = new Float64Array(SLOTS_PER_DAY);
  for (let z = 0; z < n; z++) {
    detrendedCumulative(net, z * SLOTS_PER_DAY, cum);
    if (gain[z] > 0) for (let k = 0; k < SLOTS_PER_DAY; k++) gainers[k] += cum[z * SLOTS_PER_DAY + k];
  }

  const overallByService = anyProfile && max(gainers, 0, SLOTS_PER_DAY) > 0 ? normalised(gainers, 0) : assumedCurve();
  const overall = toClockOrder(overallByService, 0);
  const atWork = new Float64Array(n * SLOTS_PER_DAY);
  const ownWeight = new Float64Array(n);
  for (let z = 0; z < n; z++) {
    const peak = max(cum, z * SLOTS_PER_DAY, SLOTS_PER_DAY);
    // Trust a zone's own stations in proportion to the share of its in-commuters they observe.
    const w = anyProfile && peak > 0 && inflow[z] > 0 ? Math.min(1, peak / inflow[z]) : 0;
    ownWeight[z] = w;
    const own = w > 0 ? normalised(cum, z * SLOTS_PER_DAY) : overallByService;
    for (let k = 0; k < SLOTS_PER_DAY; k++) {
      const q = (SERVICE_START_SLOT + k) % SLOTS_PER_DAY;
      atWork[z * SLOTS_PER_DAY + q] = w * own[k] + (1 - w) * overallByService[k];
    }
  }
  return { overall, atWork, ownWeight, dayScale: weekendScale(data, gain), source: anyProfile ? 'stations' : 'assumed' };
}

const DAY_TYPE_INDEX = { weekday: 0, saturday: 1, sunday: 2 } as const;

/** k(day): how strongly day 0..6 (Monday first) repeats the weekday commute. */
export function commuteScale(phase: CommutePhase, day: number): number {
  return phase.dayScale[DAY_TYPE_INDEX[dayType(day)]];
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

/**
 * Cumulative net arrivals through the service day with a straight-line drift removed, so the curve
 * returns to zero when the network closes: whoever arrived by tube has gone home by some means by 02:00.
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

function toClockOrder(byService: Float64Array, offset: number): Float64Array {
  const out = new Float64Array(SLOTS_PER_DAY);
  for (let k = 0; k < SLOTS_PER_DAY; k++) out[(SERVICE_START_SLOT + k) % SLOTS_PER_DAY] = byService[offset + k];
  return out;
}

/**
 * Used only when a dataset has no station profiles: at home until 06:00, at work from 09:30 to
 * 16:30, home again by 19:30, with straight ramps between (in service-day order).
 */
function assumedCurve(): Float64Array {
  const out = new Float64Array(SLOTS_PER_DAY);
  for (let k = 0; k < SLOTS_PER_DAY; k++) {
    const hour = 5 + k / 4;
    out[k] = hour < 6 ? 0 : hour < 9.5 ? (hour - 6) / 3.5 : hour <= 16.5 ? 1 : hour < 19.5 ? (19.5 - hour) / 3 : 0;
  }
  return out;
}

/**
 * Weekend commuting relative to a weekday: Saturday (Sunday) exits over weekday exits at the stations of
 * zones that gain people by day. RODS has no weekend profiles, so weekends keep the weekday shape.
 */
function weekendScale(data: Dataset, gain: Float64Array): Float64Array {
  const { stations } = data;
  let weekday = 0;
  let sat = 0;
  let sun = 0;
  for (let i = 0; i < stations.count; i++) {
    const z = stations.zone[i];
    if (z < 0 || !(gain[z] > 0)) continue;
    const t = i * TOTALS_STRIDE;
    const w = stations.totals[t + TOTAL_WEEKDAY_OUT];
    const a = stations.totals[t + TOTAL_SATURDAY_OUT];
    const b = stations.totals[t + TOTAL_SUNDAY_OUT];
    if (!(w > 0) || Number.isNaN(a) || Number.isNaN(b)) continue;
    weekday += w;
    sat += a;
    sun += b;
  }
  return weekday > 0 ? Float64Array.of(1, sat / weekday, sun / weekday) : Float64Array.of(1, 1, 1);
}
