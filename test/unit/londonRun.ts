import { readFileSync } from 'node:fs';
import type { Dataset } from '../../src/model/dataset.ts';
import { prepareScenario, type PreparedScenario } from '../../src/model/prepareScenario.ts';
import { runScenario, type ScenarioResult } from '../../src/model/runScenario.ts';
import { parseScenario } from '../../src/model/scenario.ts';
import { loadDefault } from './loadDefault.ts';

export interface LondonRun {
  data: Dataset;
  plan: PreparedScenario;
  result: ScenarioResult;
  zone(id: string): number;
}

const runs = new Map<string, Promise<LondonRun>>();

/** A scenario file from scenarios/ run on the London default by the real model, once per test file. */
export function londonRun(file: string): Promise<LondonRun> {
  let run = runs.get(file);
  if (!run) {
    run = (async () => {
      const data = await loadDefault();
      const checked = parseScenario(readFileSync(`scenarios/${file}`, 'utf8'));
      if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
      const prepared = prepareScenario(checked.scenario, data);
      if (!prepared.ok) throw new Error(JSON.stringify(prepared.errors));
      const result = await runScenario(data, prepared.plan);
      return { data, plan: prepared.plan, result, zone: (id) => data.zones.ids.indexOf(id) };
    })();
    runs.set(file, run);
  }
  return run;
}

export const WESTMINSTER = 'E09000033';
export const CITY_OF_LONDON = 'E09000001';
