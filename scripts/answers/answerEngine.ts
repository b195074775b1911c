import { readFileSync } from 'node:fs';
import { createEngineApi, type DatasetSummary, type EngineApi, type Scenario, type ScenarioResult } from '../../src/engine/index.ts';
import { nodeEngineEnv } from '../../src/engine/nodeEngineEnv.ts';
import type { ResponseResult } from '../../src/model/index.ts';

/** The engine API on the shipped data (data/), as the CLI and the app run it, for the answers' figures. */
export interface AnswerEngine {
  summary: DatasetSummary;
  run(scenario: Scenario): Promise<ScenarioResult>;
  response(scenario: Scenario): Promise<ResponseResult>;
}

export function scenario(file: string): Scenario {
  return JSON.parse(readFileSync(new URL(`../../scenarios/${file}`, import.meta.url), 'utf8')) as Scenario;
}

const refused = (what: string, r: { ok: false; cancelled: boolean; errors?: { path: string; message: string }[] }) =>
  new Error(`${what} was refused: ${r.cancelled ? 'cancelled' : r.errors?.map((e) => `${e.path}: ${e.message}`).join('; ')}`);

export async function answerEngine(): Promise<AnswerEngine> {
  const api: EngineApi = createEngineApi(nodeEngineEnv());
  const loaded = await api.loadDataset('default');
  if (!loaded.ok) throw new Error(`the shipped data failed to load: ${loaded.errors.join('; ')}`);
  let id = 0;
  return {
    summary: loaded.summary,
    async run(s) {
      const r = await api.run(++id, s);
      if (!r.ok) throw refused(s.name, r);
      return r.result;
    },
    async response(s) {
      const r = await api.response(++id, s);
      if (!r.ok) throw refused(s.name, r);
      return r.response;
    },
  };
}
