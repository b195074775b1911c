import { availableParallelism } from 'node:os';
import type { SmoothedSolver } from '../model/index.ts';
import { InputError } from './inputError.ts';
import { solverOf } from './parseArgs.ts';
import { HINT, readOptions, single, wholeOption } from './readOptions.ts';

export interface SweepOptions {
  help: boolean;
  /** As given (relative to the working directory); null when not given. */
  scenario: string | null;
  dataset: string | null;
  out: string | null;
  /** The --vary arguments in order: "PATH=a,b,c" or "PATH=from:to:step". */
  vary: string[];
  response: boolean;
  replications: number | null;
  seed: number | null;
  /** Worker threads; default the machine's core count. */
  jobs: number;
  /** Run every `count`-th run starting at `index` (0-based); null for all runs. */
  shard: { index: number; count: number } | null;
  /** Shard files to join; null unless --merge. */
  merge: string[] | null;
  /** The field searched for the smallest value reaching `target`; null for a plain sweep. */
  frontier: string | null;
  target: number | null;
  /** Which solver smoothed runs use: the exact min-cost flow (default) or HiGHS's linear programme. */
  solver: SmoothedSolver;
}

const VALUE_OPTIONS = {
  '--scenario': 'a file name', '--dataset': 'a folder', '--out': 'a file name',
  '--vary': 'PATH=a,b,c or PATH=from:to:step', '--replications': 'a whole number from 1', '--seed': 'a whole number',
  '--jobs': 'a whole number from 1', '--shard': 'I/N (run every N-th run from run I, 0 <= I < N)',
  '--frontier': 'a field path such as supply.headcount', '--target': 'a share above 0 and at most 1, such as 0.9',
  '--solver': 'flow or highs',
} as const;
const LIST_OPTIONS = { '--merge': 'the shard files to join' } as const;
const FLAG_OPTIONS = ['--response', '--help'] as const;

function shardOf(text: string | undefined): SweepOptions['shard'] {
  if (text === undefined) return null;
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || !(count >= 1) || !(index < count)) throw new InputError(`--shard needs ${VALUE_OPTIONS['--shard']}, not "${text}"; ${HINT}`);
  return { index, count };
}

function targetOf(text: string | undefined): number | null {
  if (text === undefined) return null;
  const v = Number(text);
  if (text.trim() === '' || !(v > 0 && v <= 1)) throw new InputError(`--target needs ${VALUE_OPTIONS['--target']}, not "${text}"; ${HINT}`);
  return v;
}

/** Reads the sweep's options and checks which go together; anything wrong is an InputError naming the option. */
export function parseSweepArgs(argv: readonly string[]): SweepOptions {
  const read = readOptions(argv, { values: VALUE_OPTIONS, repeatable: ['--vary'], lists: LIST_OPTIONS, flags: FLAG_OPTIONS });
  const response = read.flags.has('--response');
  const replications = wholeOption(read, '--replications', 1, VALUE_OPTIONS['--replications']);
  const seed = wholeOption(read, '--seed', 0, VALUE_OPTIONS['--seed']);
  for (const [name, v] of [['--replications', replications], ['--seed', seed]] as const) {
    if (v !== null && !response) throw new InputError(`${name} applies to the response simulation: add --response`);
  }
  const options: SweepOptions = {
    help: read.flags.has('--help'),
    scenario: single(read, '--scenario') ?? null,
    dataset: single(read, '--dataset') ?? null,
    out: single(read, '--out') ?? null,
    vary: read.values.get('--vary') ?? [],
    response,
    replications,
    seed,
    jobs: wholeOption(read, '--jobs', 1, VALUE_OPTIONS['--jobs']) ?? availableParallelism(),
    shard: shardOf(single(read, '--shard')),
    merge: read.lists.get('--merge') ?? null,
    frontier: single(read, '--frontier') ?? null,
    target: targetOf(single(read, '--target')),
    solver: solverOf(single(read, '--solver')),
  };
  if (options.help) return options;
  if (options.merge) {
    const other = ['--scenario', '--dataset', '--vary', '--shard', '--frontier', '--target', '--response', '--jobs', '--solver'].find(
      (name) => read.values.has(name) || read.flags.has(name),
    );
    if (other) throw new InputError(`--merge joins shard files; it cannot be combined with ${other}`);
    return options;
  }
  if (options.scenario === null) throw new InputError(`a sweep needs --scenario FILE (or --merge FILES); ${HINT}`);
  if ((options.frontier === null) !== (options.target === null)) {
    throw new InputError(options.frontier === null ? '--target applies to --frontier PATH' : `--frontier needs --target, e.g. --target 0.9; ${HINT}`);
  }
  if (options.frontier !== null && options.shard) throw new InputError('--shard splits a sweep; a --frontier search runs whole');
  return options;
}
