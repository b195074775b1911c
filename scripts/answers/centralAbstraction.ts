import { slotLabel, slotOf, type Day, type ScenarioResult } from '../../src/engine/index.ts';
import { eventSlots, type ResponseResult } from '../../src/model/index.ts';
import { scenario, type AnswerEngine } from './answerEngine.ts';
import { percent, table, thousands } from './markdown.ts';

/** Officers each zone keeps for itself in each slot (not deployed at an event): [slot * n + zone]. */
function zoneOfficers(r: ScenarioResult): Int32Array {
  return Int32Array.from(r.officersWhole, (o, i) => o - r.eventOfficers[i]);
}

/** The simulated share of immediate calls attended within 15 minutes over a window of one day. */
function windowShare(r: ResponseResult, day: Day, from: string, to: string): number {
  const { slot } = r.grades[0];
  let calls = 0;
  let within = 0;
  for (let s = slotOf(day, from); s < slotOf(day, to); s++) {
    if (!(slot.calls[s] > 0)) continue;
    calls += slot.calls[s];
    within += slot.calls[s] * slot.share[s];
  }
  return within / calls;
}

interface Loss {
  hours: number;
  peak: number;
  when: number;
}

function losses(base: Int32Array, other: Int32Array, n: number, z: number): Loss {
  let hours = 0;
  let peak = 0;
  let when = -1;
  for (let s = 0; s < base.length / n; s++) {
    const lost = base[s * n + z] - other[s * n + z];
    hours += lost / 4;
    if (lost > peak) [peak, when] = [lost, s];
  }
  return { hours, peak, when };
}

/**
 * central-abstraction: the week of central events staffed by abstraction and by a central reserve of
 * the same officer-hours, against the same week without events: which boroughs lose what, and when,
 * and the simulated share of immediate calls attended within 15 minutes while the events run.
 */
export async function centralAbstractionAnswer(engine: AnswerEngine): Promise<string> {
  const abstracting = scenario('central-abstraction.json');
  const reserved = scenario('central-abstraction-reserve.json');
  const { events, ...withoutEvents } = abstracting;
  const eventHours = (events ?? []).reduce((sum, e) => sum + (e.officers * eventSlots(e.day, e.start, e.end).length) / 4, 0);
  const hoursPerOfficer = (abstracting.supply.hoursPerWeek ?? 40) * (abstracting.supply.availability ?? 0.886);
  const [base, a, r] = await Promise.all([engine.run(withoutEvents), engine.run(abstracting), engine.run(reserved)]);
  // The simulation, not Erlang C: its units are the officers not at events, while Erlang C counts event
  // officers as responders in the event's zone.
  const sims: ResponseResult[] = [];
  for (const s of [withoutEvents, abstracting, reserved]) sims.push(await engine.response(s));
  const n = base.n;
  const [kb, ka, kr] = [base, a, r].map(zoneOfficers);
  const { ids, names, forces } = engine.summary.zones;
  const rows = ids
    .map((_, z) => ({ z, a: losses(kb, ka, n, z), r: losses(kb, kr, n, z) }))
    .filter(({ z }) => forces[z] === abstracting.force)
    .sort((x, y) => y.a.hours - x.a.hours || x.z - y.z);
  const when = (l: Loss) => (l.when < 0 ? '' : slotLabel(l.when));
  const total = (pick: (row: (typeof rows)[number]) => Loss) => rows.reduce((sum, row) => sum + pick(row).hours, 0);
  const windows: [string, Day, string, string][] = [
    ['Monday 09:00-21:00 (Carnival)', 'Mon', '09:00', '21:00'],
    ['Saturday 11:00-18:00 (march)', 'Sat', '11:00', '18:00'],
    ['Sunday 09:00-21:00 (Carnival, protest)', 'Sun', '09:00', '21:00'],
  ];
  return [
    `The events need ${thousands(eventHours)} officer-hours; the reserve holds the same, ${thousands(eventHours / hoursPerOfficer)} full-time-equivalent officers.`,
    '',
    table(
      ['immediate calls attended within 15 min (simulated)', 'no events', 'abstraction', 'central reserve'],
      [
        ...windows.map(([label, day, from, to]) => [label, ...sims.map((x) => percent(windowShare(x, day, from, to)))]),
        ['the whole week', ...sims.map((x) => percent(x.grades[0].total.share[0]))],
      ],
      [1, 2, 3],
    ),
    '',
    'Officer-hours each borough loses in the week against the same week without events, and its largest loss in one 15-minute slot:',
    '',
    table(
      ['borough', 'abstraction: officer-hours', 'largest loss (officers)', 'when', 'reserve: officer-hours', 'largest loss (officers)', 'when'],
      [
        ...rows.map((row) => [names[row.z], thousands(row.a.hours), String(row.a.peak), when(row.a), thousands(row.r.hours), String(row.r.peak), when(row.r)]),
        ['all boroughs', thousands(total((row) => row.a)), '', '', thousands(total((row) => row.r)), '', ''],
      ],
      [1, 2, 4, 5],
    ),
  ].join('\n');
}
