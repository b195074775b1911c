import { slotOf, type ScenarioResult } from '../../src/engine/index.ts';
import { scenario, type AnswerEngine } from './answerEngine.ts';
import { percent, signed, table, thousands } from './markdown.ts';

const NIGHT_TIME_BOROUGHS = ['E09000033', 'E09000007', 'E09000012', 'E09000028'];
/** Friday and Saturday nights: 22:00 to 04:00 the next morning. */
const NIGHTS = [
  [slotOf('Fri', '22:00'), slotOf('Sat', '04:00')],
  [slotOf('Sat', '22:00'), slotOf('Sun', '04:00')],
] as const;

function nightSlots(): number[] {
  return NIGHTS.flatMap(([from, to]) => Array.from({ length: to - from }, (_, i) => from + i));
}

/** Mean officers (events included) and share of demand in `zones` over Friday and Saturday nights. */
function atNight(r: ScenarioResult, zones: number[]): { officers: number; demandShare: number } {
  const slots = nightSlots();
  let officers = 0;
  let demand = 0;
  let all = 0;
  for (const s of slots) {
    for (let z = 0; z < r.n; z++) {
      const d = r.inputs.demand[s * r.n + z];
      all += d;
      if (zones.includes(z)) {
        officers += r.officersWhole[s * r.n + z];
        demand += d;
      }
    }
  }
  return { officers: officers / slots.length, demandShare: demand / all };
}

/**
 * night-time-economy: officers on Friday and Saturday nights (22:00-04:00) in the West End, Camden,
 * Hackney and Southwark, against follow-the-commute and fixed borough.
 */
export async function nightTimeEconomyAnswer(engine: AnswerEngine): Promise<string> {
  const files = ['fixed-borough.json', 'follow-the-commute.json', 'night-time-economy.json'];
  const [fixed, follow, night] = await Promise.all(files.map((f) => engine.run(scenario(f))));
  const { ids, names } = engine.summary.zones;
  const groups = [...NIGHT_TIME_BOROUGHS.map((id) => ({ label: names[ids.indexOf(id)], zones: [ids.indexOf(id)] })), {
    label: 'the four together', zones: NIGHT_TIME_BOROUGHS.map((id) => ids.indexOf(id)),
  }];
  const rows = groups.map(({ label, zones }) => {
    const [a, b, c] = [fixed, follow, night].map((r) => atNight(r, zones));
    return [label, thousands(a.officers), thousands(b.officers), thousands(c.officers), signed(c.officers - a.officers), percent(c.demandShare)];
  });
  const onDuty = nightSlots().reduce((sum, s) => sum + night.onDuty[s], 0) / nightSlots().length;
  const usual = nightSlots().reduce((sum, s) => sum + follow.onDuty[s], 0) / nightSlots().length;
  return [
    `On Friday and Saturday nights (22:00-04:00) the extra shift puts ${thousands(onDuty)} officers on duty on average, against ${thousands(usual)} with the usual three shifts.`,
    '',
    table(
      ['mean officers, Fri and Sat 22:00-04:00', 'fixed borough', 'follow the commute', 'night-time economy', 'change against fixed', 'share of demand (night-time economy)'],
      rows, [1, 2, 3, 4, 5],
    ),
  ].join('\n');
}
