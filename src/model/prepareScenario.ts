import type { Dataset } from './dataset.ts';
import type { SchemaError } from './jsonSchema.ts';
import { DEFAULTS, type Bounds, type Method, type Scenario } from './scenario.ts';
import { shiftSpec, supply, type Supply } from './supply.ts';
import { DAYS, SLOTS_PER_DAY, SLOTS_PER_WEEK, parseClock, slotLabel } from './time.ts';
import type { DemandWeights } from './demand.ts';
import { responseParams, type ResponseParams } from './response/responseParams.ts';
import { parseOpeningHours } from './frontCounterHours.ts';
import type { PreparedFrontCounter } from './frontCounterFigures.ts';

/** An event resolved against a dataset: the zone it sits in and the week slots it covers. */
export interface PreparedEvent {
  name: string;
  zone: number;
  slots: Int32Array;
  officers: number;
}

export interface ServiceParams {
  incidentsPerYear: number | null;
  serviceMinutes: number;
  responseShare: number;
  unitSize: number;
  targetMinutes: number;
  /** The response simulation's settings (src/model/response/). */
  response: ResponseParams;
}

/** A scenario checked against a dataset: every id resolved to an index, every default filled in. */
export interface PreparedScenario {
  name: string;
  method: Method;
  force: string;
  n: number;
  /** 1 where the zone receives officers in this scenario (its force matches). */
  allocated: Uint8Array;
  /** Whole-officer floors and caps per zone (0 and 0 for zones that receive none). */
  lo: Float64Array;
  hi: Float64Array;
  /** The fixed model's shares, adding up to 1 over allocated zones. */
  baselineShares: Float64Array;
  supply: Supply;
  /** Officers committed to events in each slot. */
  eventTotal: Int32Array;
  /** Officers the events take from the zones' officers on duty in each slot: eventTotal, or 0 with a reserve. */
  abstractedTotal: Int32Array;
  events: PreparedEvent[];
  /**
   * A central reserve staffing the events: its officer-hours a week and their headcount, taken out of the
   * supply (`supply` is what is left for the zones). Null when events abstract officers on duty.
   */
  reserve: { officerHours: number; headcount: number } | null;
  frontCounters: PreparedFrontCounter[];
  weights: DemandWeights;
  riskYear: number | undefined;
  maxChangePerSlot: number;
  mutualAid: boolean;
  service: ServiceParams;
}

export type PrepareResult = { ok: true; plan: PreparedScenario } | { ok: false; errors: SchemaError[] };

/** Turns a point into the index of the zone containing it (-1 if none). Supplied by whoever has geometry. */
export type ZoneLocator = (lon: number, lat: number) => number;

export function prepareScenario(s: Scenario, data: Dataset, locate?: ZoneLocator): PrepareResult {
  const errors: SchemaError[] = [];
  const n = data.zones.count;
  const index = new Map(data.zones.ids.map((id, i) => [id, i]));
  const zoneIndex = (id: string, path: string): number => {
    const z = index.get(id);
    if (z === undefined) errors.push({ path, message: `"${id}" is not a zone of dataset "${data.name}"` });
    return z ?? -1;
  };

  const force = s.force ?? DEFAULTS.force;
  const allocated = new Uint8Array(n);
  for (let z = 0; z < n; z++) allocated[z] = force === 'all' || data.zones.forces[z] === force ? 1 : 0;
  if (!allocated.some((a) => a === 1)) {
    const forces = [...new Set(data.zones.forces)].map((f) => `"${f}"`).join(', ');
    errors.push({ path: 'force', message: `no zone is policed by "${force}" (the dataset has ${forces}, or use "all")` });
  }

  const lo = boundsArray(s.floors, 0, 'floors', data, allocated, zoneIndex, Math.ceil);
  const hi = boundsArray(s.caps, Infinity, 'caps', data, allocated, zoneIndex, Math.floor);
  for (let z = 0; z < n; z++) {
    if (!allocated[z]) {
      lo[z] = 0;
      hi[z] = 0;
    } else if (lo[z] > hi[z]) {
      errors.push({ path: `caps.zones.${data.zones.ids[z]}`, message: `cap ${hi[z]} is below the floor ${lo[z]} in ${data.zones.names[z]}` });
    }
  }

  const baselineShares = baseline(s, data, allocated, zoneIndex);
  const events = (s.events ?? []).map((e, i) => {
    let zone = -1;
    if (e.zone !== undefined) zone = zoneIndex(e.zone, `events[${i}].zone`);
    else if (e.point && locate) {
      zone = locate(e.point[0], e.point[1]);
      if (zone < 0) errors.push({ path: `events[${i}].point`, message: `[${e.point.join(', ')}] is not inside any zone` });
    } else errors.push({ path: `events[${i}].point`, message: 'a point needs zone geometry to be placed; give a zone id instead' });
    if (zone >= 0 && !allocated[zone]) {
      errors.push({ path: `events[${i}]`, message: `"${e.name}" is in ${data.zones.names[zone]}, which ${force} does not police` });
    }
    return { name: e.name, zone, slots: eventSlots(e.day, e.start, e.end), officers: e.officers };
  });
  const eventTotal = new Int32Array(SLOTS_PER_WEEK);
  for (const e of events) for (const slot of e.slots) eventTotal[slot] += e.officers;

  const availability = s.supply.availability ?? DEFAULTS.availability;
  const hoursPerWeek = s.supply.hoursPerWeek ?? DEFAULTS.hoursPerWeek;
  const reserve = centralReserve(s, events, availability * hoursPerWeek, errors);
  const sup = supply({
    headcount: Math.max(0, s.supply.headcount - (reserve?.headcount ?? 0)),
    availability,
    hoursPerWeek,
    shifts: s.shifts.map(shiftSpec),
  });
  const abstractedTotal = reserve ? new Int32Array(SLOTS_PER_WEEK) : eventTotal;

  const frontCounters = (s.frontCounters ?? []).map((fc, i): PreparedFrontCounter => {
    const opening = parseOpeningHours(fc.opening);
    if (!opening.ok) errors.push({ path: `frontCounters[${i}].opening`, message: opening.message });
    return {
      name: fc.name,
      zone: zoneIndex(fc.zone, `frontCounters[${i}].zone`),
      hours: opening.ok ? opening.hours : [],
      minSlots: Math.round((fc.minWindowMinutes ?? DEFAULTS.frontCounter.minWindowMinutes) / 15),
      bestFor: fc.bestFor ?? DEFAULTS.frontCounter.bestFor,
    };
  });

  if (s.riskYear !== undefined && data.risk && !data.risk.years.includes(s.riskYear)) {
    errors.push({ path: 'riskYear', message: `the dataset has risk figures for ${data.risk.years.join(', ')}, not ${s.riskYear}` });
  }
  if (errors.length === 0) errors.push(...feasibility(sup, abstractedTotal, lo, hi));
  if (errors.length > 0) return { ok: false, errors };

  return {
    ok: true,
    plan: {
      name: s.name,
      method: s.method,
      force,
      n,
      allocated,
      lo,
      hi,
      baselineShares,
      supply: sup,
      eventTotal,
      abstractedTotal,
      events,
      reserve,
      frontCounters,
      weights: { ...DEFAULTS.weights, ...s.weights },
      riskYear: s.riskYear,
      maxChangePerSlot: s.smoothing?.maxChangePerSlot ?? DEFAULTS.maxChangePerSlot,
      mutualAid: s.smoothing?.mutualAid ?? false,
      service: {
        incidentsPerYear: s.service?.incidentsPerYear ?? null,
        serviceMinutes: s.service?.serviceMinutes ?? DEFAULTS.serviceMinutes,
        responseShare: s.service?.responseShare ?? DEFAULTS.responseShare,
        unitSize: s.service?.unitSize ?? DEFAULTS.unitSize,
        targetMinutes: s.service?.targetMinutes ?? DEFAULTS.targetMinutes,
        response: responseParams(s.service),
      },
    },
  };
}

/** Per-zone floor or cap: a zone's own value if given, else the larger of the global figures. */
function boundsArray(
  b: Bounds | undefined,
  none: number,
  path: string,
  data: Dataset,
  allocated: Uint8Array,
  zoneIndex: (id: string, path: string) => number,
  toWhole: (x: number) => number,
): Float64Array {
  const n = data.zones.count;
  const out = new Float64Array(n).fill(none);
  if (!b) return out;
  const hasGlobal = b.officers !== undefined || b.perThousandResidents !== undefined;
  if (hasGlobal) {
    for (let z = 0; z < n; z++) {
      const perResidents = b.perThousandResidents !== undefined ? (b.perThousandResidents * data.residents[z]) / 1000 : 0;
      out[z] = toWhole(Math.max(b.officers ?? 0, perResidents));
    }
  }
  for (const [id, v] of Object.entries(b.zones ?? {})) {
    const z = zoneIndex(id, `${path}.zones.${id}`);
    if (z >= 0 && allocated[z]) out[z] = toWhole(v);
  }
  return out;
}

function baseline(s: Scenario, data: Dataset, allocated: Uint8Array, zoneIndex: (id: string, path: string) => number): Float64Array {
  const n = data.zones.count;
  const w = new Float64Array(n);
  if (s.baseline?.shares === 'establishment') {
    for (const [id, v] of Object.entries(s.baseline.establishment ?? {})) {
      const z = zoneIndex(id, `baseline.establishment.${id}`);
      if (z >= 0) w[z] = v;
    }
  } else w.set(data.residents);
  let sum = 0;
  for (let z = 0; z < n; z++) {
    if (!allocated[z]) w[z] = 0;
    sum += w[z];
  }
  for (let z = 0; z < n; z++) w[z] = sum > 0 ? w[z] / sum : 0;
  return w;
}

/** Week slots from `start` on `day` to `end` (the next day when end <= start). */
export function eventSlots(day: string, start: string, end: string): Int32Array {
  const d = DAYS.indexOf(day as (typeof DAYS)[number]);
  const a = parseClock(start)!;
  let b = parseClock(end)!;
  if (b <= a) b += SLOTS_PER_DAY;
  const out = new Int32Array(b - a);
  for (let q = a; q < b; q++) out[q - a] = (d * SLOTS_PER_DAY + q) % SLOTS_PER_WEEK;
  return out;
}

/**
 * The central reserve a scenario asks for: by default exactly the events' officer-hours; it must cover
 * them and fit in the headcount. `hoursPerOfficer` is one officer's worked hours a week.
 */
function centralReserve(
  s: Scenario, events: PreparedEvent[], hoursPerOfficer: number, errors: SchemaError[],
): { officerHours: number; headcount: number } | null {
  if (!s.centralReserve) return null;
  const eventHours = events.reduce((sum, e) => sum + e.officers * e.slots.length * 0.25, 0);
  const officerHours = s.centralReserve.officerHours ?? eventHours;
  const headcount = officerHours / hoursPerOfficer;
  if (officerHours < eventHours) {
    errors.push({ path: 'centralReserve.officerHours', message: `${officerHours} officer-hours a week do not cover the events' ${eventHours}` });
  } else if (headcount > s.supply.headcount) {
    errors.push({ path: 'centralReserve.officerHours', message: `needs ${round1(headcount)} officers, more than the headcount of ${s.supply.headcount}` });
  }
  return { officerHours, headcount };
}

function round1(x: number): string {
  return (Math.round(x * 10) / 10).toString();
}

/** Floors plus events above the officers on duty, or caps below them, make a slot impossible. */
function feasibility(sup: Supply, abstracted: Int32Array, lo: Float64Array, hi: Float64Array): SchemaError[] {
  const floorSum = lo.reduce((a, b) => a + b, 0);
  const capSum = hi.reduce((a, b) => a + b, 0);
  let worstShort = 0;
  let worstShortSlot = -1;
  let shortSlots = 0;
  let worstExcess = 0;
  let worstExcessSlot = -1;
  let excessSlots = 0;
  for (let s = 0; s < SLOTS_PER_WEEK; s++) {
    const local = sup.onDuty[s] - abstracted[s];
    const short = floorSum - local;
    if (short > 0) {
      shortSlots++;
      if (short > worstShort) [worstShort, worstShortSlot] = [short, s];
    }
    const excess = local - capSum;
    if (excess > 0) {
      excessSlots++;
      if (excess > worstExcess) [worstExcess, worstExcessSlot] = [excess, s];
    }
  }
  const errors: SchemaError[] = [];
  if (worstShortSlot >= 0) {
    const s = worstShortSlot;
    const need = abstracted[s] > 0 ? `floors (${floorSum}) and events (${abstracted[s]})` : `floors add up to ${floorSum} officers`;
    errors.push({
      path: 'floors',
      message: `infeasible: ${need} but only ${sup.onDuty[s]} officers are on duty at ${slotLabel(s)}, short by ${worstShort} (${shortSlots} of ${SLOTS_PER_WEEK} slots are short)`,
    });
  }
  if (worstExcessSlot >= 0) {
    const s = worstExcessSlot;
    errors.push({
      path: 'caps',
      message: `infeasible: caps allow ${capSum} officers but ${sup.onDuty[s] - abstracted[s]} are on duty at ${slotLabel(s)}, ${worstExcess} too many (${excessSlots} slots)`,
    });
  }
  return errors;
}
