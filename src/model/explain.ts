import type { Dataset } from './dataset.ts';
import { demandParts } from './demand.ts';
import type { PreparedScenario } from './prepareScenario.ts';
import type { ScenarioResult } from './runScenario.ts';
import { DAY_TYPES, serviceDayTypeIndex, slotLabel, type DayType } from './time.ts';
import { inCommuters, type CommutePhase } from './commutePhase.ts';
import { arrivedCommutersAt } from './arrivedCommuters.ts';

/** Everything that produced one zone's officers in one slot, in the order the engine used it. */
export interface Explanation {
  zone: string;
  zoneName: string;
  force: string;
  slot: string;
  allocated: boolean;
  people: {
    residents: number;
    present: number;
    /** Commuters from elsewhere at work here now. */
    arrived: number;
    /** Residents at work elsewhere now. */
    away: number;
    /** Share of this zone's commute timing taken from its own stations (the rest is London-wide). */
    ownStationWeight: number;
    /** The counting day the slot belongs to (TfL's day runs 05:00 to 05:00, so Saturday 01:00 is Friday night). */
    dayType: DayType;
    /** Commuting strength of that day type against Mon-Thu (k). */
    commuteScale: number;
    /** Where the timing comes from, in plain words. */
    timing: string;
  };
  demand: {
    weights: { present: number; footfall: number; risk: number };
    presentShare: number;
    footfall: number;
    footfallShare: number;
    crimePerPersonYear: number;
    riskImputed: boolean;
    riskShare: number;
    demand: number;
  };
  allocation: {
    method: string;
    onDuty: number;
    atEvents: number;
    /** Officers per unit of demand for zones between their floor and cap (follow-demand). */
    lambda: number | null;
    proportional: number | null;
    floor: number;
    cap: number;
    binding: 'floor' | 'cap' | null;
    continuous: number;
    abstractedToEvents: number;
    eventOfficersHere: number;
    officers: number;
    fixed: number;
    change: number;
    per1000Present: number;
  };
  queue: { pWait: number; meanWaitMinutes: number; withinTarget: number } | null;
}

export function explain(data: Dataset, plan: PreparedScenario, result: ScenarioResult, zone: number, slot: number): Explanation {
  const n = data.zones.count;
  const i = slot * n + zone;
  const { inputs } = result;
  const parts = demandParts(
    { n, present: inputs.present, footfall: inputs.footfall, riskPerPerson: inputs.risk.perPerson },
    plan.weights,
    slot,
    zone,
  );
  const residents = data.residents[zone];
  const present = inputs.present[i];
  const lambda = Number.isFinite(result.lambda[slot]) ? result.lambda[slot] : null;
  const continuous = result.local[i];
  const lo = plan.lo[zone];
  const hi = plan.hi[zone];
  const isBound = (bound: number) => Math.abs(continuous - bound) < 1e-6;
  const binding = plan.method === 'fixed' || !plan.allocated[zone] ? null : isBound(lo) && lo > 0 ? 'floor' : isBound(hi) ? 'cap' : null;
  const officers = result.officersWhole[i];
  const fixed = result.fixedWhole[i];
  const { arrived, away } = commuters(data, result, zone, slot);
  return {
    zone: data.zones.ids[zone],
    zoneName: data.zones.names[zone],
    force: data.zones.forces[zone],
    slot: slotLabel(slot),
    allocated: plan.allocated[zone] === 1,
    people: { residents, present, arrived, away, ...timing(inputs.phase, n, zone, slot) },
    demand: {
      weights: plan.weights,
      presentShare: parts.presentShare,
      footfall: inputs.footfall[i],
      footfallShare: parts.footfallShare,
      crimePerPersonYear: inputs.risk.perPerson[zone],
      riskImputed: inputs.risk.imputed[zone] === 1,
      riskShare: parts.riskShare,
      demand: inputs.demand[i],
    },
    allocation: {
      method: plan.method,
      onDuty: result.onDuty[slot],
      atEvents: plan.eventTotal[slot],
      lambda,
      proportional: lambda === null ? null : lambda * inputs.demand[i],
      floor: lo,
      cap: hi,
      binding,
      continuous,
      abstractedToEvents: result.abstraction[i],
      eventOfficersHere: result.eventOfficers[i],
      officers,
      fixed,
      change: officers - fixed,
      per1000Present: present > 0 ? (officers / present) * 1000 : 0,
    },
    queue: Number.isNaN(result.measures.pWait[i])
      ? null
      : { pWait: result.measures.pWait[i], meanWaitMinutes: result.measures.meanWait[i], withinTarget: result.measures.withinTarget[i] },
  };
}

/** In-commuters at work here and residents at work elsewhere, from presence = R + arrived - away. */
function commuters(data: Dataset, result: ScenarioResult, zone: number, slot: number): { arrived: number; away: number } {
  const arrived = arrivedCommutersAt(inCommuters(data)[zone], result.inputs.phase, data.zones.count, zone, slot);
  const change = result.inputs.present[slot * data.zones.count + zone] - data.residents[zone];
  return { arrived, away: arrived - change };
}

const DAY_TYPE_NAMES: Record<DayType, string> = { 'mon-thu': 'Monday to Thursday', friday: 'Friday', saturday: 'Saturday', sunday: 'Sunday' };

/** Which counting day's curve timed this slot, how strongly it commutes, and where its shape came from. */
function timing(phase: CommutePhase, n: number, zone: number, slot: number): Pick<Explanation['people'], 'ownStationWeight' | 'dayType' | 'commuteScale' | 'timing'> {
  const t = serviceDayTypeIndex(slot);
  const w = phase.ownWeight[t * n + zone];
  const k = phase.dayScale[t];
  const name = DAY_TYPE_NAMES[DAY_TYPES[t]];
  const shape =
    phase.source === 'assumed'
      ? 'an assumed working day (the dataset has no station profiles)'
      : phase.ownShape[t]
        ? `${name}'s own station counts (${Math.round(w * 100)}% from this zone's stations, the rest London-wide)`
        : `the Monday-to-Thursday station counts repeated for ${name}, which has no profiles of its own`;
  const scale = t === 0 ? '' : `, at ${Math.round(k * 100)}% of a Monday-to-Thursday commute`;
  return { ownStationWeight: w, dayType: DAY_TYPES[t], commuteScale: k, timing: `Timed by ${shape}${scale}. Visitors who are not commuters are not modelled.` };
}
