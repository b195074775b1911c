import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/cli/inputError.ts';
import { parseSweepArgs } from '../../../src/cli/sweepArgs.ts';

function refusal(argv: string[]): string {
  try {
    parseSweepArgs(argv);
  } catch (e) {
    if (e instanceof InputError) return e.message;
    throw e;
  }
  throw new Error(`${argv.join(' ')} was accepted`);
}

describe('parseSweepArgs', () => {
  it('reads repeated --vary in order, shards, jobs (default the cores) and the frontier', () => {
    const o = parseSweepArgs(['--scenario', 's.json', '--vary', 'a=1,2', '--vary=method=fixed', '--shard', '2/5']);
    expect(o).toMatchObject({ scenario: 's.json', vary: ['a=1,2', 'method=fixed'], shard: { index: 2, count: 5 }, jobs: availableParallelism(), frontier: null });
    expect(parseSweepArgs(['--scenario', 's.json', '--frontier', 'supply.headcount', '--target', '0.9', '--jobs', '3'])).toMatchObject({
      frontier: 'supply.headcount', target: 0.9, jobs: 3,
    });
  });

  it('reads --solver: the min-cost flow unless highs is asked for', () => {
    expect(parseSweepArgs(['--scenario', 's.json']).solver).toBe('flow');
    expect(parseSweepArgs(['--scenario', 's.json', '--solver', 'highs']).solver).toBe('highs');
  });

  it('takes every file after --merge up to the next option', () => {
    expect(parseSweepArgs(['--merge', 'a.csv', 'b.csv', '--out', 'all.csv'])).toMatchObject({ merge: ['a.csv', 'b.csv'], out: 'all.csv' });
  });

  it.each([
    [['--vary', 'a=1'], 'a sweep needs --scenario FILE (or --merge FILES); run with --help for usage'],
    [['--scenario', 's', '--shard', '3/3'], '--shard needs I/N (run every N-th run from run I, 0 <= I < N), not "3/3"; run with --help for usage'],
    [['--scenario', 's', '--shard', '1/0'], '--shard needs I/N (run every N-th run from run I, 0 <= I < N), not "1/0"; run with --help for usage'],
    [['--scenario', 's', '--jobs', '0'], '--jobs needs a whole number from 1, not "0"; run with --help for usage'],
    [['--scenario', 's', '--frontier', 'supply.headcount'], '--frontier needs --target, e.g. --target 0.9; run with --help for usage'],
    [['--scenario', 's', '--target', '0.9'], '--target applies to --frontier PATH'],
    [['--scenario', 's', '--frontier', 'x', '--target', '1.5'], '--target needs a share above 0 and at most 1, such as 0.9, not "1.5"; run with --help for usage'],
    [['--scenario', 's', '--frontier', 'x', '--target', '0.9', '--shard', '0/2'], '--shard splits a sweep; a --frontier search runs whole'],
    [['--merge', 'a.csv', '--vary', 'a=1'], '--merge joins shard files; it cannot be combined with --vary'],
    [['--merge'], '--merge needs the shard files to join; run with --help for usage'],
    [['--scenario', 's', '--replications', '5'], '--replications applies to the response simulation: add --response'],
    [['--scenario', 's', '--solver', 'simplex'], '--solver must be flow or highs, not "simplex"; run with --help for usage'],
    [['--merge', 'a.csv', '--solver', 'highs'], '--merge joins shard files; it cannot be combined with --solver'],
    [['--scenario', 's', '--varry', 'a=1'], 'unknown option "--varry" (did you mean "--vary"?); run with --help for usage'],
  ])('refuses %j', (argv, message) => {
    expect(refusal(argv)).toBe(message);
  });
});
