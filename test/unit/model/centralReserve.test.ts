import { describe, expect, it } from 'vitest';
import { prepareScenario } from '../../../src/model/prepareScenario.ts';
import { runScenario } from '../../../src/model/runScenario.ts';
import { checkScenario, type Scenario } from '../../../src/model/scenario.ts';
import { scenarioFile } from '../../scenarioFile.ts';
import { loadDefault } from '../loadDefault.ts';

const PROTEST = { name: 'Protest', zone: 'E09000033', day: 'Sat', start: '12:00', end: '18:00', officers: 400 } as const;
const EVENT_HOURS = 400 * 6;

async function run(s: Scenario) {
  const data = await loadDefault();
  const checked = checkScenario(s);
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  const prepared = prepareScenario(checked.scenario, data);
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.errors));
  return { data, plan: prepared.plan, result: await runScenario(data, prepared.plan) };
}

function errorsOf(s: Scenario, data: Awaited<ReturnType<typeof loadDefault>>) {
  const prepared = prepareScenario(s, data);
  return prepared.ok ? [] : prepared.errors;
}

/** The zones' own officer-hours in the week: every officer not deployed at an event. */
function zoneHours(r: Awaited<ReturnType<typeof run>>['result']): number {
  let h = 0;
  for (let i = 0; i < r.officersWhole.length; i++) h += (r.officersWhole[i] - r.eventOfficers[i]) / 4;
  return h;
}

describe('central reserve', () => {
  const base = scenarioFile('fixed-borough.json');
  const abstracting: Scenario = { ...base, events: [PROTEST] };
  const reserved: Scenario = { ...abstracting, centralReserve: {} };

  it('staffs the events from the reserve: nobody is abstracted, and every slot still adds up to the officers on duty', async () => {
    const { plan, result } = await run(reserved);
    expect(plan.reserve?.officerHours).toBe(EVENT_HOURS);
    expect(plan.reserve?.headcount).toBeCloseTo(EVENT_HOURS / (40 * 0.886), 9);
    expect(result.events[0]).toMatchObject({ staffedBy: 'reserve', abstractedFrom: [] });
    expect(result.abstraction.every((a) => a === 0)).toBe(true);
    const n = result.n;
    for (let s = 0; s < 672; s++) {
      let sum = 0;
      for (let z = 0; z < n; z++) sum += result.officersWhole[s * n + z];
      expect(sum).toBe(result.onDuty[s]);
      expect(result.onDuty[s]).toBe(plan.supply.onDuty[s] + plan.eventTotal[s]);
      expect(result.localTotals[s]).toBe(plan.supply.onDuty[s]);
    }
  });

  it('takes the same officer-hours from the zones as abstraction does, spread through the week instead of at the event', async () => {
    const a = await run(abstracting);
    const r = await run(reserved);
    expect(a.result.events[0].staffedBy).toBe('zones');
    const full = (await run(base)).result;
    const lostByAbstraction = zoneHours(full) - zoneHours(a.result);
    const lostToReserve = zoneHours(full) - zoneHours(r.result);
    expect(lostByAbstraction).toBe(EVENT_HOURS);
    // Whole officers starting each shift: the reserve's share is rounded, within a few officer-shifts.
    expect(Math.abs(lostToReserve - EVENT_HOURS)).toBeLessThanOrEqual(3 * 8);
    // At the event the zones keep their officers with the reserve, and lose the 400 without it.
    const slot = 5 * 96 + 13 * 4;
    const local = (x: typeof full, s: number) => x.localTotals[s];
    expect(local(full, slot) - local(a.result, slot)).toBe(400);
    expect(local(full, slot) - local(r.result, slot)).toBeLessThan(40);
  });

  it('with no events holds nothing and changes nothing', async () => {
    const plain = await run(base);
    const withReserve = await run({ ...base, centralReserve: {} });
    expect(withReserve.plan.reserve).toEqual({ officerHours: 0, headcount: 0 });
    expect(withReserve.result.officersWhole).toEqual(plain.result.officersWhole);
    expect(withReserve.result.measures.totals).toEqual(plain.result.measures.totals);
  });

  it('refuses a reserve that does not cover the events, or outnumbers the headcount, at centralReserve.officerHours', async () => {
    const data = await loadDefault();
    expect(errorsOf({ ...reserved, centralReserve: { officerHours: 1000 } }, data)).toEqual([
      { path: 'centralReserve.officerHours', message: "1000 officer-hours a week do not cover the events' 2400" },
    ]);
    expect(errorsOf({ ...reserved, supply: { headcount: 50 } }, data)).toEqual([
      { path: 'centralReserve.officerHours', message: 'needs 67.7 officers, more than the headcount of 50' },
    ]);
  });
});
