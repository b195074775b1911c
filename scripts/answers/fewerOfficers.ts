import { frontierSearch, type Scenario } from '../../src/model/index.ts';
import { scenario, type AnswerEngine } from './answerEngine.ts';
import { percent, points, table, thousands } from './markdown.ts';

/** Home Office, Police workforce, England and Wales, 31 March 2015: Metropolitan Police, 31,877.24 FTE officers. */
export const STRENGTH_2015 = 31_877;
const CUT = 5_000;

const at = (s: Scenario, headcount: number): Scenario => ({ ...s, supply: { ...s.supply, headcount } });

/**
 * fewer-officers-2020: the Met's 2015 strength and 5,000 fewer, under fixed and follow-the-commute,
 * with Erlang C and the response simulation; what follow-the-commute needs to match fixed at the 2015
 * strength, and what each needs for the Met's 90% target.
 */
export async function fewerOfficersAnswer(engine: AnswerEngine): Promise<string> {
  const follow = scenario('fewer-officers-2020.json');
  const fixed = scenario('fewer-officers-2020-fixed.json');
  if (follow.supply.headcount !== STRENGTH_2015 - CUT || fixed.supply.headcount !== STRENGTH_2015 - CUT) {
    throw new Error('fewer-officers-2020*.json no longer hold the 2015 strength less 5,000');
  }
  const cases = [
    { label: 'fixed borough', s: fixed },
    { label: 'follow the commute', s: follow },
  ];
  const rows: string[][] = [];
  const share = new Map<string, { erlang: number; sim: number; low: number; high: number }>();
  for (const headcount of [STRENGTH_2015, STRENGTH_2015 - CUT]) {
    for (const c of cases) {
      const s = at(c.s, headcount);
      const r = await engine.run(s);
      const sim = (await engine.response(s)).grades[0].total;
      const figures = { erlang: r.measures.totals.withinTarget, sim: sim.share[0], low: sim.shareLow[0], high: sim.shareHigh[0] };
      share.set(`${c.label} ${headcount}`, figures);
      rows.push([
        thousands(headcount), c.label, thousands(r.onDuty[12 * 4]), percent(figures.erlang),
        `${percent(figures.sim)} [${percent(figures.low)}, ${percent(figures.high)}]`, thousands(r.measures.totals.unmetOfficerHours),
      ]);
    }
  }
  const get = (label: string, h: number) => share.get(`${label} ${h}`)!;
  const lower = STRENGTH_2015 - CUT;
  const loss = cases.map((c) => {
    const a = get(c.label, STRENGTH_2015);
    const b = get(c.label, lower);
    return `${c.label} loses ${points(a.erlang - b.erlang).replace('+', '')} points (Erlang C) and ${points(a.sim - b.sim).replace('+', '')} points (simulated)`;
  });
  const followLow = get('follow the commute', lower);
  const fixedHigh = get('fixed borough', STRENGTH_2015);
  const matches = followLow.erlang >= fixedHigh.erlang && followLow.low >= fixedHigh.low;

  const floors = (follow.floors?.officers ?? 0) * engine.summary.zones.forces.filter((f) => f === follow.force).length;
  const fewest = Math.min(...(await engine.run(follow)).onDuty);

  const erlangOf = (s: Scenario) => async (headcount: number) => (await engine.run(at(s, headcount))).measures.totals.withinTarget;
  const toMatch = await frontierSearch(erlangOf(follow), { target: fixedHigh.erlang, start: lower });
  const for90 = await Promise.all(cases.map((c) => frontierSearch(erlangOf(c.s), { target: 0.9, start: lower })));

  return [
    table(
      ['officers (FTE)', 'model', 'on duty Mon 12:00', 'immediate calls within 15 min, Erlang C', 'simulated, 95% interval', 'unmet officer-hours a week'],
      rows, [0, 2, 3, 4, 5],
    ),
    '',
    `- **What each loses** going from ${thousands(STRENGTH_2015)} to ${thousands(lower)} officers: ${loss.join('; ')}.`,
    `- **Does follow-the-commute at ${thousands(lower)} match fixed at ${thousands(STRENGTH_2015)}?** ${matches ? 'Yes' : 'No'}: ` +
      `${percent(followLow.erlang)} against ${percent(fixedHigh.erlang)} (Erlang C), ` +
      `${percent(followLow.sim)} [${percent(followLow.low)}, ${percent(followLow.high)}] against ${percent(fixedHigh.sim)} [${percent(fixedHigh.low)}, ${percent(fixedHigh.high)}] (simulated).`,
    `- Why following the commute loses more: its floors (${follow.floors?.officers} officers in each borough, ${thousands(floors)} in all) hold ` +
      `${percent(floors / fewest)} of the ${thousands(fewest)} officers on duty in the quietest slot at ${thousands(lower)}, so little is left to follow people with.`,
    `- Following the commute reaches fixed borough's share at ${thousands(STRENGTH_2015)} officers (${percent(fixedHigh.erlang)}, Erlang C) with ` +
      `${toMatch.value === null ? 'no headcount tried' : `${thousands(toMatch.value)} officers, ${thousands(STRENGTH_2015 - toMatch.value)} fewer`}.`,
    `- For the Met's target of 90% within 15 minutes (Erlang C), fixed borough needs ${thousands(for90[0].value ?? NaN)} officers and follow-the-commute ` +
      `${thousands(for90[1].value ?? NaN)} (the frontier search, as \`npm run sweep -- --frontier\`).`,
  ].join('\n');
}
