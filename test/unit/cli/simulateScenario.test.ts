/** The CLI's run path: a dataset folder loaded into the engine API, a scenario run and written through it. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/cli/inputError.ts';
import { loadDatasetFolder } from '../../../src/cli/loadDatasetFolder.ts';
import { readScenarioFile } from '../../../src/cli/readScenarioFile.ts';
import { simulateScenario } from '../../../src/cli/simulateScenario.ts';
import type { AllocationJson } from '../../../src/io/exports/allocationJson.ts';
import type { Scenario } from '../../../src/model/scenario.ts';
import { SLOTS_PER_WEEK } from '../../../src/model/time.ts';
import { BASE } from '../io/tinyDataset.ts';

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

describe('simulateScenario through the engine API', () => {
  let tinyDir = '';
  const tiny = () => loadDatasetFolder({ dir: tinyDir, shown: 'tiny', origin: null });

  beforeAll(async () => {
    tinyDir = await mkdtemp(join(tmpdir(), 'tideline-tiny-'));
    for (const [name, text] of Object.entries(BASE)) await writeFile(join(tinyDir, name), text);
  });
  afterAll(() => rm(tinyDir, { recursive: true, force: true }));

  it('writes the smoothed London scenario with every officer on duty placed, as the JSON export', { timeout: 60_000 }, async () => {
    const { api } = await loadDatasetFolder({ dir: 'data', shown: 'data', origin: null });
    const scenario = await readScenarioFile('scenarios/follow-the-commute-smoothed.json', 'smoothed.json');
    const json = JSON.parse(await simulateScenario(api, scenario, 'smoothed.json', 'json')) as AllocationJson;
    const placed = Array.from({ length: SLOTS_PER_WEEK }, (_, s) => json.officers.reduce((a, zone) => a + zone[s], 0));
    expect(placed).toEqual(json.onDuty);
  });

  it('--solver highs: HiGHS reaches the min-cost flow\'s optimal deviation and places every officer on duty', async () => {
    const scenario: Scenario = { ...tinyScenario, floors: { zones: { A: 5 } }, smoothing: { maxChangePerSlot: 3 } };
    const deviation = async (solver: 'flow' | 'highs') => {
      const { api } = await loadDatasetFolder({ dir: tinyDir, shown: 'tiny', origin: null }, solver);
      const run = await api.run(1, scenario);
      if (!run.ok) throw new Error(JSON.stringify(run));
      const json = JSON.parse(await simulateScenario(api, scenario, 't.json', 'json')) as AllocationJson;
      const placed = Array.from({ length: SLOTS_PER_WEEK }, (_, s) => json.officers.reduce((a, zone) => a + zone[s], 0));
      expect(placed).toEqual(json.onDuty);
      return run.result.smoothingDeviation!;
    };
    const flow = await deviation('flow');
    const highs = await deviation('highs');
    expect(flow).toBeGreaterThan(0);
    expect(Math.abs(highs - flow)).toBeLessThanOrEqual(1e-7 * flow);
  });

  it('reports a smoothing limit no allocation can keep as bad input on smoothing.maxChangePerSlot', async () => {
    const { api } = await tiny();
    const scenario: Scenario = { ...tinyScenario, floors: { zones: { A: 7 } }, caps: { zones: { A: 10 } }, smoothing: { maxChangePerSlot: 0 } };
    expect(await refusal(simulateScenario(api, scenario, 't.json', 'allocation-csv'))).toBe(
      "t.json: smoothing.maxChangePerSlot: no allocation keeps every zone within 0 officers' change per 15 minutes through the week's shift changes and floors: raise the limit",
    );
  });

  it('reports every problem of the scenario against the dataset, one line each', async () => {
    const { api } = await tiny();
    const scenario: Scenario = {
      ...tinyScenario,
      method: 'fixed',
      events: [{ name: 'March', zone: 'E09000033', day: 'Sat', start: '12:00', end: '18:00', officers: 5 }],
      riskYear: 1999,
    };
    expect((await refusal(simulateScenario(api, scenario, 't.json', 'summary-csv'))).split('\n')).toEqual([
      't.json: events[0].zone: "E09000033" is not a zone of dataset "Tiny"',
      't.json: riskYear: the dataset has risk figures for 2015, 2019, not 1999',
    ]);
  });

  it('names dataset problems with their path under the folder', async () => {
    const bad = await mkdtemp(join(tmpdir(), 'tideline-bad-'));
    try {
      for (const [name, text] of Object.entries(BASE)) await writeFile(join(bad, name), name === 'flows.csv' ? text.replace('A,B,200', 'A,B,12a') : text);
      const message = await refusal(loadDatasetFolder({ dir: bad, shown: 'bad', origin: null }));
      expect(message).toContain(`${join('bad', 'flows.csv')} line `);
      expect(message).toContain('"12a" is not a whole number');
    } finally {
      await rm(bad, { recursive: true, force: true });
    }
  });
});
