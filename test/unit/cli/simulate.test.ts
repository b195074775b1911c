import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allocationCsv } from '../../../src/io/exports/allocationCsv.ts';
import { prepareScenario } from '../../../src/model/prepareScenario.ts';
import { parseScenario } from '../../../src/model/scenario.ts';
import { defaultRun } from '../exports/defaultRun.ts';
import { BASE } from '../io/tinyDataset.ts';
import { cliProcess, ROOT, type Outcome } from './cliProcess.ts';

const ALLOCATION_HEADER =
  'scenario,zone_id,zone_name,day,slot_start,residents,present,demand,officers_fixed,officers,per_1000_present,change_vs_fixed';

/** The real CLI in a child process, from the project root, with piped (non-TTY) output. */
function cli(args: string[], nodeArgs: string[] = []): Promise<Outcome> {
  return cliProcess('src/cli/simulate.ts', args, nodeArgs);
}

let tmp = '';
const runs: Record<string, Promise<Outcome>> = {};
const followTheCommute = () => readFile(join(ROOT, 'scenarios/follow-the-commute.json'), 'utf8').then((t) => JSON.parse(t));

// Every run is queued up front and each test awaits its own, so tests finish as their process does.
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'tideline-cli-'));
  const base = await followTheCommute();
  const unknownField = join(tmp, 'unknown-field.json');
  await writeFile(unknownField, JSON.stringify({ ...base, supply: { ...base.supply, headcont: 100 } }, null, 2));
  const infeasible = join(tmp, 'infeasible.json');
  await writeFile(infeasible, JSON.stringify({ ...base, floors: { officers: 6000 } }, null, 2));
  const badData = join(tmp, 'bad-data');
  await mkdir(badData);
  for (const [name, text] of Object.entries(BASE)) {
    await writeFile(join(badData, name), name === 'flows.csv' ? text.replace('A,B,200', 'A,B,12a') : text);
  }
  const noWeights = join(tmp, 'no-weights.json');
  await writeFile(noWeights, JSON.stringify({ ...base, weights: { present: 0 } }, null, 2));
  // The London data copied out of the project: its boundaries still come from Tideline's own node_modules.
  const copy = join(tmp, 'london-copy');
  await mkdir(copy);
  for (const name of await readdir(join(ROOT, 'data'))) {
    if (/\.(csv|json)$/.test(name)) await copyFile(join(ROOT, 'data', name), join(copy, name));
  }
  const tiny = join(tmp, 'tiny.json');
  await writeFile(tiny, JSON.stringify({ name: 'Tiny', method: 'fixed', supply: { headcount: 50 }, shifts: [{ name: 'Day', start: '08:00', hours: 8, share: 1 }] }));

  Object.assign(runs, {
    default: cli([]),
    summary: cli(['--scenario', 'scenarios/follow-the-commute.json', '--summary']),
    copiedSummary: cli(['--scenario', 'scenarios/follow-the-commute.json', '--summary', '--dataset', copy]),
    noWeights: cli(['--scenario', noWeights]),
    response: cli(['--scenario', 'scenarios/fixed-borough.json', '--response', '--summary', '--replications', '3', '--seed', '7']),
    responseAgain: cli(['--scenario', 'scenarios/fixed-borough.json', '--response', '--summary', '--replications', '3', '--seed', '7']),
    responseOtherSeed: cli(['--scenario', 'scenarios/fixed-borough.json', '--response', '--summary', '--replications', '3', '--seed', '8']),
    badReplications: cli(['--response', '--replications', '0']),
    msoa: cli(['--dataset', 'data/msoa', '--summary']),
    msoaResponse: cli(['--dataset', 'data/msoa', '--response', '--summary', '--replications', '4']),
    geojson: cli(['--format', 'geojson', '--out', join(tmp, 'out.geojson')]),
    help: cli(['--help']),
    missing: cli(['--scenario', 'scenarios/no-such-scenario.json']),
    unknownField: cli(['--scenario', unknownField]),
    infeasible: cli(['--scenario', infeasible]),
    badFlows: cli(['--scenario', tiny, '--dataset', badData]),
    unknownFlag: cli(['--fromat', 'csv']),
    internal: cli(['--format', 'json'], ['--import', './test/unit/cli/breakJsonStringify.mjs']),
    frontCounter: cli(['--front-counter', 'E09000032', '--opening', 'Mon-Fri 09:00-17:00']),
    frontCounterBadZone: cli(['--front-counter', 'E09000099', '--opening', 'Mon-Fri 09:00-17:00']),
    frontCounterBadOpening: cli(['--front-counter', 'E09000032', '--opening', 'Mon-Fri 09:00-17:10']),
  });
});

afterAll(async () => {
  await Promise.allSettled(Object.values(runs));
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('npm run simulate', { timeout: 60_000 }, () => {
  it('runs follow-the-commute on the default data without arguments: the exact header and 22,177 lines', async () => {
    const { code, stdout, stderr } = await runs.default;
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.slice(0, stdout.indexOf('\n'))).toBe(ALLOCATION_HEADER);
    expect(stdout.split('\n').length - 1).toBe(22_177);
    expect(stdout.split('\n')[1]).toMatch(/^Follow the commute,E09000001,City of London,Mon,00:00,7375,/);
  });

  it('writes the same bytes as the writer the app uses', async () => {
    const run = await defaultRun();
    expect((await runs.default).stdout).toBe(allocationCsv(run.name, run.data, run.result));
  });

  it('writes one row per zone with --summary', async () => {
    const { code, stdout } = await runs.summary;
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(
      'zone_id,zone_name,force,residents,workday_population,net_daytime_change,officer_hours_fixed,officer_hours,officer_hours_change',
    );
    expect(lines).toHaveLength(33 + 2);
  });

  it('runs the MSOA dataset with its own scenario.json when no scenario is given: 983 zone rows, London\'s residents', async () => {
    const { code, stdout, stderr } = await runs.msoa;
    expect([code, stderr]).toEqual([0, '']);
    const rows = stdout.trim().split('\n').slice(1).map((l) => l.split(','));
    expect(rows).toHaveLength(983);
    expect(rows.reduce((a, r) => a + Number(r[3]), 0)).toBe(8173941);
  });

  it("simulates response on the 983 MSOAs with units dispatched within each borough: no borough's calls left to queue", async () => {
    const { code, stdout, stderr } = await runs.msoaResponse;
    expect([code, stderr]).toEqual([0, '']);
    const rows = stdout.trim().split('\n').slice(1).map((l) => l.split(','));
    expect(rows).toHaveLength(983 * 2 + 2);
    const all = rows.find((r) => r[0] === 'ALL' && r[2] === 'immediate')!;
    // Most MSOAs hold a fraction of a unit. Rounded over all of London, or dispatched only within each
    // MSOA, whole boroughs had no unit and calls queued for hours (32% within target, a mean of 120
    // minutes); with units rounded and dispatched per borough the MSOAs answer like the boroughs do.
    expect(Number(all[4])).toBeGreaterThan(0.8);
    expect(Number(all[7])).toBeLessThan(15);
    const worst = Math.max(...rows.filter((r) => r[0] !== 'ALL' && r[2] === 'immediate' && Number(r[3]) > 0).map((r) => Number(r[7])));
    expect(worst).toBeLessThan(60);
  });

  it('writes GeoJSON to the --out file, with 33 features, and nothing to stdout', async () => {
    const { code, stdout, stderr } = await runs.geojson;
    expect([code, stdout, stderr]).toEqual([0, '', '']);
    const doc = JSON.parse(await readFile(join(tmp, 'out.geojson'), 'utf8'));
    expect(doc.type).toBe('FeatureCollection');
    expect(doc.features).toHaveLength(33);
    expect(doc.features[32].properties.zone_name).toBe('Westminster');
    expect(doc.features[32].properties.officers).toHaveLength(672);
  });

  it('prints usage with --help', async () => {
    const { code, stdout } = await runs.help;
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: npm run simulate -- \[options\]/);
    for (const option of ['--scenario', '--dataset', '--out', '--format', '--summary', '--help']) expect(stdout).toContain(option);
  });

  it('exits 2 for a missing scenario file', async () => {
    expect(await runs.missing).toEqual({ code: 2, stdout: '', stderr: 'scenarios/no-such-scenario.json: file not found\n' });
  });

  it('exits 2 for a scenario with an unknown field, naming the file, the path and the likely field', async () => {
    const file = join(tmp, 'unknown-field.json');
    expect(await runs.unknownField).toEqual({
      code: 2,
      stdout: '',
      stderr: `${file}: supply.headcont: unknown field (did you mean "headcount"?)\n`,
    });
  });

  it('exits 2 for an infeasible scenario, saying by how much the floors are short', async () => {
    const { code, stdout, stderr } = await runs.infeasible;
    const run = await defaultRun();
    const check = parseScenario(JSON.stringify({ ...(await followTheCommute()), floors: { officers: 6000 } }));
    const prepared = check.ok ? prepareScenario(check.scenario, run.data) : null;
    const message = prepared && !prepared.ok ? prepared.errors[0].message : 'expected the scenario to be infeasible';
    expect(message).toMatch(/^infeasible: floors add up to 192000 officers but only \d+ officers are on duty at \w{3} \d\d:\d\d, short by \d+ /);
    expect([code, stdout, stderr]).toEqual([2, '', `${join(tmp, 'infeasible.json')}: floors: ${message}\n`]);
  });

  it('--response --summary: the exact header, a row per zone and grade and an ALL row per grade; the same seed gives the same bytes', async () => {
    const [a, b, other] = await Promise.all([runs.response, runs.responseAgain, runs.responseOtherSeed]);
    expect([a.code, a.stderr]).toEqual([0, '']);
    const lines = a.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('zone_id,zone_name,grade,calls_per_week,share_within_target,share_low,share_high,mean_response_min,p90_response_min');
    expect(lines).toHaveLength(1 + 33 * 2 + 2);
    expect(lines.filter((l) => l.startsWith('ALL,')).map((l) => l.split(',')[2])).toEqual(['immediate', 'significant']);
    const all = lines.find((l) => l.startsWith('ALL,All zones,immediate,'))!.split(',').map(Number);
    expect(all[5]).toBeLessThanOrEqual(all[4]);
    expect(all[6]).toBeGreaterThanOrEqual(all[4]);
    expect(b.stdout).toBe(a.stdout);
    expect(other.stdout).not.toBe(a.stdout);
  });

  it('exits 2 for replications that are not a whole number from 1', async () => {
    const { code, stderr } = await runs.badReplications;
    expect([code, stderr]).toEqual([2, '--replications needs a whole number from 1, not "0"; run with --help for usage\n']);
  });

  it('exits 2 for a scenario whose demand weights are all 0, naming weights', async () => {
    const { code, stdout, stderr } = await runs.noWeights;
    expect([code, stdout, stderr]).toEqual([
      2, '', `${join(tmp, 'no-weights.json')}: weights: every demand weight is 0: give people present, footfall or crime a weight above 0\n`,
    ]);
  });

  it('runs on the London data copied out of the project, finding its npm: boundaries in Tideline\'s own node_modules', async () => {
    const [copied, original] = await Promise.all([runs.copiedSummary, runs.summary]);
    expect([copied.code, copied.stderr]).toEqual([0, '']);
    expect(copied.stdout).toBe(original.stdout);
  });

  it('exits 2 for a dataset with a bad count, naming flows.csv, the line and the column', async () => {
    const { code, stdout, stderr } = await runs.badFlows;
    expect([code, stdout, stderr]).toEqual([2, '', `${join(tmp, 'bad-data', 'flows.csv')} line 3, column "count": "12a" is not a whole number\n`]);
  });

  it('exits 2 for an unknown option, suggesting the closest one', async () => {
    expect(await runs.unknownFlag).toEqual({
      code: 2,
      stdout: '',
      stderr: 'unknown option "--fromat" (did you mean "--format"?); run with --help for usage\n',
    });
  });

  it('exits 1 for an internal error, with a short message and no stack unless TIDELINE_DEBUG=1', async () => {
    const { code, stderr } = await runs.internal;
    expect(code).toBe(1);
    expect(stderr).toBe('internal error: JSON.stringify broke (set TIDELINE_DEBUG=1 to see the stack trace)\n');
  });

  it('--front-counter prints Wandsworth\'s 9-to-5 figures against the best 40 hours', async () => {
    const { code, stdout, stderr } = await runs.frontCounter;
    expect([code, stderr]).toEqual([0, '']);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Front counter: Wandsworth (E09000032)');
    const figures = (start: string) => lines.find((l) => l.startsWith(start))?.trim().split(/\s{2,}/).slice(-4);
    expect(figures('given: Mon-Fri 09:00-17:00')).toEqual(['40', '27.8%', '32.3%', '35.5%']);
    expect(figures('best: ')?.slice(0, 2)).toEqual(['40', '41.2%']);
  });

  it('exits 2 for a front counter in no zone, or opening hours off the 15-minute grid, naming the option', async () => {
    expect(await runs.frontCounterBadZone).toEqual({
      code: 2, stdout: '', stderr: '--front-counter E09000099: "E09000099" is not a zone of dataset "London boroughs (Census 2011)"\n',
    });
    expect(await runs.frontCounterBadOpening).toEqual({
      code: 2, stdout: '', stderr: '--opening "Mon-Fri 09:00-17:10": 17:10 is not a time on a 15-minute boundary from 00:00 to 24:00\n',
    });
  });

  it('never prints a stack trace', async () => {
    for (const [name, run] of Object.entries(runs)) expect((await run).stderr, name).not.toContain('    at ');
  });
});
