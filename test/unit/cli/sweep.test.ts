/**
 * `npm run sweep` in child processes: the same bytes for any --jobs, shards merged equal to one run,
 * exit 2 for each kind of bad grid, and the frontier checked against the engine run at its answer.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDecimal } from '../../../src/io/exports/formatDecimal.ts';
import { headlineMeasures } from '../../../src/model/sweep/headlineMeasures.ts';
import { londonApi } from '../engine/londonApi.ts';
import { BASE } from '../io/tinyDataset.ts';
import { scenarioFile } from '../../scenarioFile.ts';
import { cliProcess, type Outcome } from './cliProcess.ts';

const sweep = (args: string[]) => cliProcess('src/cli/sweep.ts', args);
const GRID = ['--scenario', 'scenarios/follow-the-commute.json', '--vary', 'supply.headcount=20000,30940', '--vary', 'method=fixed,follow-demand'];
const RESPONSE = ['--scenario', 'scenarios/fixed-borough.json', '--vary', 'supply.headcount=29000,30940', '--response', '--replications', '2'];
const HEADER = 'run,supply.headcount,method,dissimilarity,gini,officer_hours_moved,unmet_officer_hours,erlang_share_within_target,problem';

let tmp = '';
const runs: Record<string, Promise<Outcome>> = {};

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'tideline-sweep-'));
  const shard = (i: number) => sweep([...GRID, '--jobs', '1', '--shard', `${i}/3`, '--out', join(tmp, `shard${i}.csv`)]);
  const shards = Promise.all([shard(0), shard(1), shard(2)]);
  await writeFile(join(tmp, 'other.csv'), 'run,method,dissimilarity\n0,fixed,0.1\n');
  await mkdir(join(tmp, 'bad-data'));
  for (const [name, text] of Object.entries(BASE)) {
    await writeFile(join(tmp, 'bad-data', name), name === 'flows.csv' ? text.replace('A,B,200', 'A,B,12a') : text);
  }
  Object.assign(runs, {
    jobs1: sweep([...GRID, '--jobs', '1']),
    jobs2: sweep([...GRID, '--jobs', '2']),
    shards: shards.then((all) => all.find((o) => o.code !== 0) ?? all[0]),
    merged: shards.then(() => sweep(['--merge', join(tmp, 'shard2.csv'), join(tmp, 'shard0.csv'), join(tmp, 'shard1.csv')])),
    mergeMissing: shards.then(() => sweep(['--merge', join(tmp, 'shard0.csv'), join(tmp, 'shard2.csv')])),
    mergeOther: shards.then(() => sweep(['--merge', join(tmp, 'shard0.csv'), join(tmp, 'other.csv')])),
    response1: sweep([...RESPONSE, '--jobs', '1']),
    response2: sweep([...RESPONSE, '--jobs', '2']),
    unknownPath: sweep(['--scenario', 'scenarios/fixed-borough.json', '--vary', 'supply.headcont=100,200']),
    rejected: sweep(['--scenario', 'scenarios/fixed-borough.json', '--vary', 'supply.headcount=100,-5']),
    empty: sweep(['--scenario', 'scenarios/fixed-borough.json', '--vary', 'supply.headcount=32000:26000:1000']),
    badData: sweep(['--scenario', 'scenarios/fixed-borough.json', '--vary', 'supply.headcount=50,60', '--dataset', join(tmp, 'bad-data')]),
    frontier: sweep(['--scenario', 'scenarios/fixed-borough.json', '--frontier', 'supply.headcount', '--target', '0.88', '--jobs', '1']),
    highs: sweep(['--scenario', 'scenarios/follow-the-commute-smoothed.json', '--vary', 'smoothing.mutualAid=false', '--solver', 'highs', '--jobs', '1']),
    flow: sweep(['--scenario', 'scenarios/follow-the-commute-smoothed.json', '--vary', 'smoothing.mutualAid=false', '--jobs', '1']),
  });
});

afterAll(async () => {
  await Promise.allSettled(Object.values(runs));
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('npm run sweep', { timeout: 180_000 }, () => {
  it('writes one row per run in run order, the first --vary slowest, with the figures the engine gives', async () => {
    const { code, stdout, stderr } = await runs.jobs1;
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(HEADER);
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 3).join(','))).toEqual(['0,20000,fixed', '1,20000,follow-demand', '2,30940,fixed', '3,30940,follow-demand']);
    // 20,000 officers cannot keep 150 on duty in every borough: those runs say why and have no figures.
    expect(lines[1]).toMatch(/^0,20000,fixed,,,,,,"floors: infeasible: floors add up to 4800 officers but only \d+ officers are on duty/);
    expect(stderr).toMatch(/^warning: 2 of 4 runs have no figures \(see the problem column\), e\.g\. run 0: floors: infeasible/);
    const api = await londonApi();
    const run = await api.run(1, scenarioFile('follow-the-commute.json'));
    if (!run.ok) throw new Error('the engine refused follow-the-commute');
    const m = headlineMeasures(run.result);
    expect(lines[4].split(',').slice(3)).toEqual([
      formatDecimal(m.dissimilarity, 6), formatDecimal(m.gini, 6), formatDecimal(m.officerHoursMoved, 2),
      formatDecimal(m.unmetOfficerHours, 2), formatDecimal(m.erlangShareWithinTarget, 6), '',
    ]);
  });

  it('gives the same bytes with --jobs 1 and --jobs 2, with and without the response simulation', async () => {
    const [a, b] = await Promise.all([runs.jobs1, runs.jobs2]);
    expect(b.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    const [r1, r2] = await Promise.all([runs.response1, runs.response2]);
    expect([r1.code, r1.stderr, r2.code]).toEqual([0, '', 0]);
    expect(r2.stdout).toBe(r1.stdout);
    const lines = r1.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('run,supply.headcount,dissimilarity,gini,officer_hours_moved,unmet_officer_hours,erlang_share_within_target,sim_share_within_target,sim_share_low,sim_share_high,problem');
    for (const line of lines.slice(1)) {
      const [share, low, high] = line.split(',').slice(7, 10).map(Number);
      expect(low).toBeLessThanOrEqual(share);
      expect(share).toBeLessThanOrEqual(high);
    }
  });

  it('shards merged in any file order equal the whole sweep', async () => {
    expect((await runs.shards).code).toBe(0);
    const shard1 = await readFile(join(tmp, 'shard1.csv'), 'utf8');
    expect(shard1.trimEnd().split('\n').map((l) => l.split(',')[0])).toEqual(['run', '1']);
    const merged = await runs.merged;
    expect([merged.code, merged.stderr]).toEqual([0, '']);
    expect(merged.stdout).toBe((await runs.jobs1).stdout);
  });

  it('solves smoothed runs with HiGHS in the sweep workers when --solver highs is given', async () => {
    const [highs, flow] = [await runs.highs, await runs.flow];
    expect([highs.code, highs.stderr, flow.code, flow.stderr]).toEqual([0, '', 0, '']);
    const row = (o: Outcome) => o.stdout.trimEnd().split('\n')[1].split(',');
    const [h, f] = [row(highs), row(flow)];
    expect(h.at(-1), 'no problem').toBe('');
    // Both are optimal (the same least deviation from the target), but the optimum is not unique and the two
    // solvers stop at different optimal allocations: the figures agree to within a few per cent, not exactly
    // (measured: Gini 0.013767 against 0.013490, officer-hours moved 43,896 against 43,791).
    for (let i = 2; i < h.length - 1; i++) {
      expect(Math.abs(Number(h[i]) / Number(f[i]) - 1), `column ${i}: ${h[i]} against ${f[i]}`).toBeLessThan(0.03);
    }
  });

  it('refuses to merge a missing shard or a file from another sweep', async () => {
    expect(await runs.mergeMissing).toEqual({ code: 2, stdout: '', stderr: 'run 1 missing: is a shard file left out?\n' });
    const other = await runs.mergeOther;
    expect(other.code).toBe(2);
    expect(other.stderr).toBe(
      `${join(tmp, 'other.csv')}: its header differs from ${join(tmp, 'shard0.csv')}'s, so they are not shards of one sweep:\n  run,method,dissimilarity\n  ${HEADER}\n`,
    );
  });

  it.each([
    ['unknownPath', '--vary supply.headcont: unknown path: "headcont" is not a field of supply (did you mean "headcount"?)\n'],
    ['rejected', '--vary supply.headcount: value -5 is rejected: supply.headcount: -5 is below the minimum 0\n'],
    ['empty', '--vary supply.headcount: the range 32000:26000:1000 is empty (from is above to)\n'],
  ])('exits 2 for a bad grid (%s), naming the path', async (name, stderr) => {
    expect(await runs[name]).toEqual({ code: 2, stdout: '', stderr });
  });

  it('exits 2 when the workers cannot load the dataset, naming the file, line and column', async () => {
    expect(await runs.badData).toEqual({ code: 2, stdout: '', stderr: `${join(tmp, 'bad-data', 'flows.csv')} line 3, column "count": "12a" is not a whole number\n` });
  });

  it('finds the frontier: the smallest headcount whose Erlang share reaches the target, checked one officer below', async () => {
    const { code, stdout, stderr } = await runs.frontier;
    expect([code, stderr]).toEqual([0, '']);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('kind,supply.headcount,share,share_low,share_high,target,reached,evaluations,monotone,fewer_than_first');
    const [kind, value, share, , , target, reached, , monotone, fewer] = lines[1].split(',');
    expect([kind, target, reached, monotone, fewer]).toEqual(['frontier', '0.880000', 'true', 'true', '0']);
    const api = await londonApi();
    const shareAt = async (headcount: number) => {
      const s = scenarioFile('fixed-borough.json');
      const run = await api.run(headcount, { ...s, supply: { ...s.supply, headcount } });
      if (!run.ok) throw new Error('refused');
      return run.result.measures.totals.withinTarget;
    };
    const h = Number(value);
    expect(await shareAt(h)).toBeGreaterThanOrEqual(0.88);
    expect(await shareAt(h - 1)).toBeLessThan(0.88);
    expect(formatDecimal(await shareAt(h), 6)).toBe(share);
    expect(lines.filter((l) => l.startsWith('point,'))).toContain(`point,${h - 1},${formatDecimal(await shareAt(h - 1), 6)},,,,,,,`);
  });
});
