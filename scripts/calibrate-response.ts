/**
 * `npx tsx scripts/calibrate-response.ts [replications]`: finds the response-unit share at which
 * fixed-borough on the London default gives the Met's 86.9% of I-grade calls within 15 minutes in the
 * response simulation (bisection; the share is a step function of whole units), then prints what
 * fixed-borough, follow-the-commute and follow-the-commute-smoothed give at that share, with 95%
 * intervals, at 20 and 80 replications. The result is DEFAULTS.response.responseUnitShare.
 * `--table` prints only the table, at the default share.
 */
import { readFileSync } from 'node:fs';
import loadHighs from 'highs';
import { loadDataset } from '../src/io/loadDataset.ts';
import { readDatasetDir } from '../src/io/readDatasetDir.ts';
import type { Dataset } from '../src/model/dataset.ts';
import { highsSolver, type HighsLike } from '../src/model/highsSolver.ts';
import { prepareScenario } from '../src/model/prepareScenario.ts';
import { responseInputs } from '../src/model/response/responseInputs.ts';
import { simulateResponse } from '../src/model/response/runReplications.ts';
import { runScenario, type ScenarioResult } from '../src/model/runScenario.ts';
import { parseScenario } from '../src/model/scenario.ts';

const TARGET = 0.869;
const replications = Number(process.argv[2] ?? 40);
/** `--table`: skip the bisection and print the table at the default share. */
const tableOnly = process.argv.includes('--table');

const { files, resolveBoundaries } = await readDatasetDir('data');
const loaded = await loadDataset(files, { resolveBoundaries });
if (!loaded.ok) throw new Error('default data failed to load');
const data = loaded.dataset;
const lp = highsSolver((await loadHighs()) as unknown as HighsLike);

async function run(file: string, share?: number) {
  const checked = parseScenario(readFileSync(`scenarios/${file}`, 'utf8'));
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  if (share !== undefined) checked.scenario.service = { ...checked.scenario.service, responseUnitShare: share };
  const prepared = prepareScenario(checked.scenario, data);
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.errors));
  const result: ScenarioResult = await runScenario(data as Dataset, prepared.plan, { lp });
  return { plan: prepared.plan, result };
}

async function immediateShare(file: string, r: number, share?: number) {
  const { plan, result } = await run(file, share);
  const out = await simulateResponse(responseInputs(data, plan, result), r);
  return out.grades[0].total;
}

let lo = Number(process.env.LO ?? 0.05);
let hi = Number(process.env.HI ?? 0.15);
for (let i = 0; i < (tableOnly ? 0 : Number(process.env.STEPS ?? 12)); i++) {
  const mid = (lo + hi) / 2;
  const s = (await immediateShare('fixed-borough.json', replications, mid)).share[0];
  process.stderr.write(`share ${mid.toFixed(5)}: ${(100 * s).toFixed(2)}%\n`);
  if (s < TARGET) lo = mid;
  else hi = mid;
}
const share = tableOnly ? undefined : (lo + hi) / 2;
if (share !== undefined) process.stdout.write(`calibrated responseUnitShare about ${share.toFixed(4)}\n`);
for (const file of ['fixed-borough.json', 'follow-the-commute.json', 'follow-the-commute-smoothed.json']) {
  for (const r of [20, 80]) {
    const t = await immediateShare(file, r, share);
    process.stdout.write(`${file} R=${r}: ${(100 * t.share[0]).toFixed(2)}% [${(100 * t.shareLow[0]).toFixed(2)}, ${(100 * t.shareHigh[0]).toFixed(2)}] width ${(100 * (t.shareHigh[0] - t.shareLow[0])).toFixed(2)} pp, mean ${t.meanResponse[0].toFixed(2)} min, p90 ${t.p90Response[0].toFixed(2)} min\n`);
  }
}
