import type { Bounds, Method, Scenario, ScenarioEvent, Shift } from '../../engine/index.ts';

/**
 * Pure edits of a scenario, each returning a new scenario (the store keeps the old one for undo).
 * An optional value set to undefined is removed, so saved scenarios stay as small as the files.
 */
function without<T extends object, K extends keyof T>(o: T, key: K): T {
  const copy = { ...o };
  delete copy[key];
  return copy;
}

function put<T extends object, K extends keyof T>(o: T, key: K, value: T[K] | undefined): T {
  return value === undefined ? without(o, key) : { ...o, [key]: value };
}

export function setName(s: Scenario, name: string): Scenario {
  return { ...s, name };
}

export function setMethod(s: Scenario, method: Method): Scenario {
  return { ...s, method };
}

export function setSupply(s: Scenario, key: keyof Scenario['supply'], value: number | undefined): Scenario {
  return { ...s, supply: put(s.supply, key, value as never) };
}

export function setSmoothing(s: Scenario, patch: { maxChangePerSlot?: number | undefined; mutualAid?: boolean }): Scenario {
  let smoothing = { ...(s.smoothing ?? {}) };
  for (const [key, value] of Object.entries(patch) as [keyof typeof smoothing, never][]) smoothing = put(smoothing, key, value);
  return Object.keys(smoothing).length > 0 ? { ...s, smoothing } : without(s, 'smoothing');
}

export function setShift(s: Scenario, index: number, patch: Partial<Shift>): Scenario {
  return { ...s, shifts: s.shifts.map((sh, i) => (i === index ? { ...sh, ...patch } : sh)) };
}

/** A new shift takes no share until the planner gives it one (the engine says when shares stop adding up to 1). */
export function addShift(s: Scenario): Scenario {
  return { ...s, shifts: [...s.shifts, { name: `Shift ${s.shifts.length + 1}`, start: '12:00', hours: 8, share: 0 }] };
}

export function removeShift(s: Scenario, index: number): Scenario {
  return { ...s, shifts: s.shifts.filter((_, i) => i !== index) };
}

export function setWeight(s: Scenario, key: 'present' | 'footfall' | 'risk', value: number): Scenario {
  return { ...s, weights: { ...(s.weights ?? {}), [key]: value } };
}

export function setRiskYear(s: Scenario, year: number | undefined): Scenario {
  return put(s, 'riskYear', year);
}

export type BoundKind = 'floors' | 'caps';

function withBounds(s: Scenario, kind: BoundKind, bounds: Bounds): Scenario {
  const tidy = bounds.zones && Object.keys(bounds.zones).length === 0 ? without(bounds, 'zones') : bounds;
  return Object.keys(tidy).length > 0 ? { ...s, [kind]: tidy } : without(s, kind);
}

/** A global floor or cap: officers per zone, or officers per 1,000 residents. */
export function setBound(s: Scenario, kind: BoundKind, key: 'officers' | 'perThousandResidents', value: number | undefined): Scenario {
  return withBounds(s, kind, put(s[kind] ?? {}, key, value));
}

/** One zone's own floor or cap (undefined removes it). */
export function setZoneBound(s: Scenario, kind: BoundKind, zone: string, value: number | undefined): Scenario {
  const bounds = s[kind] ?? {};
  return withBounds(s, kind, { ...bounds, zones: put({ ...(bounds.zones ?? {}) }, zone, value) });
}

export function addEvent(s: Scenario, event: ScenarioEvent): Scenario {
  return { ...s, events: [...(s.events ?? []), event] };
}

export function setEvent(s: Scenario, index: number, patch: Partial<ScenarioEvent>): Scenario {
  return { ...s, events: (s.events ?? []).map((e, i) => (i === index ? { ...e, ...patch } : e)) };
}

export function removeEvent(s: Scenario, index: number): Scenario {
  const events = (s.events ?? []).filter((_, i) => i !== index);
  return events.length > 0 ? { ...s, events } : without(s, 'events');
}

/** The response simulation's settings kept in service: replications, seed, cross-boundary dispatch. */
export function setResponse(s: Scenario, patch: { replications?: number | undefined; seed?: number | undefined; crossBoundary?: boolean | undefined }): Scenario {
  let service = { ...(s.service ?? {}) };
  for (const [key, value] of Object.entries(patch) as [keyof typeof patch, number | boolean | undefined][]) service = put(service, key, value as never);
  return Object.keys(service).length === 0 ? without(s, 'service') : { ...s, service };
}
