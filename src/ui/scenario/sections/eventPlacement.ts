import { booleanPointInPolygon } from '@turf/turf';
import { dayOfSlot, DAYS, formatClock, SLOTS_PER_DAY, type DatasetSummary, type ScenarioEvent } from '../../../engine/index.ts';

/** A new event at the time on screen: from the hour, four hours long (not past midnight), 100 officers. */
export function newEvent(index: number, slot: number, at: { point: [number, number] } | { zone: string }): ScenarioEvent {
  const hourStart = slot - (slot % 4);
  const q = hourStart % SLOTS_PER_DAY;
  const endQ = Math.min(SLOTS_PER_DAY, q + 16);
  const place = 'point' in at ? { point: [round(at.point[0]), round(at.point[1])] as [number, number] } : { zone: at.zone };
  return {
    name: `Event ${index + 1}`,
    ...place,
    day: DAYS[dayOfSlot(slot)],
    start: formatClock(q),
    end: endQ === SLOTS_PER_DAY ? '24:00' : formatClock(endQ),
    officers: 100,
  };
}

/** Five decimals of a degree is about a metre: enough for an event's place. */
function round(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}

/** The zone an event is in: its zone, or the zone whose polygon contains its point; null if none. */
export function eventZone(event: ScenarioEvent, zones: DatasetSummary['zones']): number | null {
  if (event.zone !== undefined) {
    const z = zones.ids.indexOf(event.zone);
    return z >= 0 ? z : null;
  }
  if (!event.point) return null;
  const z = zones.geometries.findIndex((g) => booleanPointInPolygon(event.point!, g));
  return z >= 0 ? z : null;
}
