import type { PreparedScenario } from './prepareScenario.ts';

export interface EventReport {
  name: string;
  zone: number;
  officers: number;
  officerHours: number;
  /** Who staffs the event: officers abstracted from the zones on duty, or a central reserve (nobody gives any up). */
  staffedBy: 'zones' | 'reserve';
  /** Officer-hours each zone gave up to this event, largest first (zones giving none are left out). */
  abstractedFrom: { zone: number; officerHours: number }[];
}

/**
 * Which zones each event's officers came from. In a slot with several events, a zone's abstraction is
 * shared between them in proportion to their officers.
 */
export function eventReports(plan: PreparedScenario, abstraction: Float64Array, n: number): EventReport[] {
  return plan.events.map((e) => {
    const from = new Float64Array(n);
    for (const s of e.slots) {
      const share = e.officers / plan.eventTotal[s];
      for (let z = 0; z < n; z++) from[z] += abstraction[s * n + z] * share * 0.25;
    }
    const abstractedFrom = Array.from(from, (officerHours, zone) => ({ zone, officerHours }))
      .filter((a) => a.officerHours > 1e-9)
      .sort((a, b) => b.officerHours - a.officerHours || a.zone - b.zone);
    return {
      name: e.name, zone: e.zone, officers: e.officers, officerHours: e.officers * e.slots.length * 0.25,
      staffedBy: plan.reserve ? 'reserve' : 'zones', abstractedFrom,
    };
  });
}
