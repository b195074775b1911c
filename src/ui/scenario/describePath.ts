import type { Scenario } from '../../engine/index.ts';

const NAMES: Record<string, string> = {
  name: 'Name',
  method: 'Method',
  force: 'Force',
  supply: 'Officers',
  'supply.headcount': 'Headcount',
  'supply.availability': 'Availability',
  'supply.hoursPerWeek': 'Hours per week',
  shifts: 'Shifts',
  weights: 'Demand weights',
  riskYear: 'Crime year',
  floors: 'Floors',
  caps: 'Caps',
  smoothing: 'Smoothing',
  'smoothing.maxChangePerSlot': 'Largest change per 15 minutes',
  events: 'Events',
  '(engine)': 'Engine',
  '(dataset)': 'Dataset',
};

const SHIFT_FIELDS: Record<string, string> = { name: 'name', start: 'start', hours: 'hours', share: 'share', days: 'days' };
const EVENT_FIELDS: Record<string, string> = { name: 'name', day: 'day', start: 'start', end: 'end', officers: 'officers', point: 'place', zone: 'zone' };

/**
 * A field path in plain words: "events[0].point" -> 'Event 1 ("Protest") place',
 * "floors.zones.E09000021" -> "Floor for Kingston upon Thames".
 */
export function describePath(path: string, scenario: Scenario, zoneName: (id: string) => string | null): string {
  if (NAMES[path]) return NAMES[path];
  let m = /^shifts\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (m) {
    const shift = scenario.shifts[Number(m[1])];
    const label = `Shift ${Number(m[1]) + 1}${shift ? ` ("${shift.name}")` : ''}`;
    return m[2] ? `${label} ${SHIFT_FIELDS[m[2]] ?? m[2]}` : label;
  }
  m = /^events\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (m) {
    const event = scenario.events?.[Number(m[1])];
    const label = `Event ${Number(m[1]) + 1}${event ? ` ("${event.name}")` : ''}`;
    return m[2] ? `${label} ${EVENT_FIELDS[m[2]] ?? m[2]}` : label;
  }
  m = /^(floors|caps)\.zones\.(.+)$/.exec(path);
  if (m) return `${m[1] === 'floors' ? 'Floor' : 'Cap'} for ${zoneName(m[2]) ?? m[2]}`;
  m = /^(floors|caps)\.(\w+)$/.exec(path);
  if (m) return `${m[1] === 'floors' ? 'Floor' : 'Cap'} ${m[2] === 'officers' ? 'for every zone' : 'per 1,000 residents'}`;
  m = /^weights\.(\w+)$/.exec(path);
  if (m) return `Weight of ${m[1] === 'present' ? 'people present' : m[1] === 'footfall' ? 'station footfall' : 'recorded crime'}`;
  return path;
}
