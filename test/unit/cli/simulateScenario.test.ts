import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/cli/inputError.ts';
import { loadDatasetFolder } from '../../../src/cli/loadDatasetFolder.ts';
import { readScenarioFile } from '../../../src/cli/readScenarioFile.ts';
import { simulateScenario } from '../../../src/cli/simulateScenario.ts';
import type { Scenario } from '../../../src/model/scenario.ts';
import { SLOTS_PER_WEEK } from '../../../src/model/time.ts';
import { loadTiny } from '../io/tinyDataset.ts';

async function tiny() {
  const r = await loadTiny();
  if (!r.ok) throw new Error('the tiny dataset did not load');
  return { data: r.dataset, geometries: r.geometries };
}

const tinyScenario: Scenario = {
  name: 'Tiny smoothed',
  method: 'smoothed',
  force: 'all',
  supply: { headcount: 100 },
  shifts: [
    { name: 'Day', start: '08:00', hours: 12, share: 0.8 },
    { name: 'Night', start: '20:00', hours: 12, share: 0.2 },
  ],
};

async function refusal(run: Promise<unknown>): Promise<string> {
  const e = await run.then(() => null, (error: unknown) => error);
  expect(e).toBeInstanceOf(InputError);
  return (e as InputError).message;
}

describe('simulateScenario', () => {
  it('solves the smoothed London scenario with HiGHS, placing every officer on duty', { timeout: 60_000 }, async () => {
    const { data, geometries } = await loadDatasetFolder({ dir: 'data', shown: 'data', origin: null });
    const scenario = await readScenarioFile('scenarios/follow-the-commute-smoothed.json', 'smoothed.json');
    const result = await simulateScenario({ scenario, scenarioShown: 'smoothed.json', data, geometries });
    expect(result.smoothingDeviation).toBeGreaterThan(0);
    const n = data.zones.count;
    const placed = Array.from({ length: SLOTS_PER_WEEK }, (_, s) => result.officersWhole.subarray(s * n, (s + 1) * n).reduce((a, b) => a + b, 0));
    expect(placed).toEqual(Array.from(result.onDuty));
  });

  it('reports a smoothing limit no allocation can keep as bad input on smoothing.maxChangePerSlot', async () => {
    const scenario: Scenario = { ...tinyScenario, floors: { zones: { A: 7 } }, caps: { zones: { A: 10 } }, smoothing: { maxChangePerSlot: 0 } };
    expect(await refusal(simulateScenario({ scenario, scenarioShown: 't.json', ...(await tiny()) }))).toBe(
      "t.json: smoothing.maxChangePerSlot: no allocation keeps every zone within 0 officers' change per 15 minutes through the week's shift changes and floors: raise the limit",
    );
  });

  it('reports every problem of the scenario against the dataset, one line each', async () => {
    const scenario: Scenario = {
      ...tinyScenario,
      method: 'fixed',
      events: [{ name: 'March', zone: 'E09000033', day: 'Sat', start: '12:00', end: '18:00', officers: 5 }],
      riskYear: 1999,
    };
    expect((await refusal(simulateScenario({ scenario, scenarioShown: 't.json', ...(await tiny()) }))).split('\n')).toEqual([
      't.json: events[0].zone: "E09000033" is not a zone of dataset "Tiny"',
      't.json: riskYear: the dataset has risk figures for 2015, 2019, not 1999',
    ]);
  });
});
