import { parseClock, type SmoothedSolver } from '../model/index.ts';
import { InputError } from './inputError.ts';
import { HINT, readOptions, single, wholeOption } from './readOptions.ts';

export const OUTPUT_FORMATS = ['csv', 'geojson', 'json'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface SimulateOptions {
  help: boolean;
  /** Paths exactly as given (relative to the working directory); null when not given. */
  scenario: string | null;
  dataset: string | null;
  out: string | null;
  /** As given, else from the --out extension, else csv. */
  format: OutputFormat;
  summary: boolean;
  /** Write the response simulation's figures instead of the allocation. */
  response: boolean;
  /** Override the scenario's service.replications and service.seed; null when not given. */
  replications: number | null;
  seed: number | null;
  /** Assess a front counter in this zone (id) with these opening hours instead of writing the allocation. */
  frontCounter: string | null;
  opening: string | null;
  /** The best timetable's shortest window, in minutes; null for the default. */
  minWindowMinutes: number | null;
  /** Which solver the smoothed method uses: the exact min-cost flow (default) or HiGHS's linear programme. */
  solver: SmoothedSolver;
}

export const SOLVERS: readonly SmoothedSolver[] = ['flow', 'highs'];

/** The --solver option's value (default flow); anything else is an InputError. */
export function solverOf(text: string | undefined): SmoothedSolver {
  const solver = text ?? 'flow';
  if (!(SOLVERS as readonly string[]).includes(solver)) throw new InputError(`--solver must be flow or highs, not "${solver}"; ${HINT}`);
  return solver as SmoothedSolver;
}

const VALUE_OPTIONS = {
  '--scenario': 'a file name', '--dataset': 'a folder', '--out': 'a file name', '--format': 'csv, geojson or json',
  '--replications': 'a whole number from 1', '--seed': 'a whole number',
  '--front-counter': 'a zone id', '--opening': 'opening hours such as "Mon-Fri 09:00-17:00"',
  '--min-window': 'a length such as 4:00 (hours:minutes)', '--solver': 'flow or highs',
} as const;
const FLAG_OPTIONS = ['--summary', '--response', '--help'] as const;

/** Reads `--name value`, `--name=value` and the flags; anything else is an InputError. */
export function parseArgs(argv: readonly string[]): SimulateOptions {
  const read = readOptions(argv, { values: VALUE_OPTIONS, flags: FLAG_OPTIONS });
  const values: Partial<Record<keyof typeof VALUE_OPTIONS, string>> = {};
  for (const name of Object.keys(VALUE_OPTIONS) as (keyof typeof VALUE_OPTIONS)[]) values[name] = single(read, name);
  const flags = read.flags;

  const summary = flags.has('--summary');
  const response = flags.has('--response');
  const whole = (name: '--replications' | '--seed', min: number): number | null => {
    const v = wholeOption(read, name, min, VALUE_OPTIONS[name]);
    if (v !== null && !response) throw new InputError(`${name} applies to the response simulation: add --response`);
    return v;
  };
  const replications = whole('--replications', 1);
  const seed = whole('--seed', 0);
  if (response && values['--format'] !== undefined && values['--format'] !== 'csv') {
    throw new InputError(`--response writes CSV; it cannot be combined with --format ${values['--format']}`);
  }
  const out = values['--out'] ?? null;
  const given = values['--format'];
  if (given !== undefined && !(OUTPUT_FORMATS as readonly string[]).includes(given)) {
    throw new InputError(`--format must be csv, geojson or json, not "${given}"; ${HINT}`);
  }
  if (summary && given !== undefined && given !== 'csv') {
    throw new InputError(`--summary writes CSV; it cannot be combined with --format ${given}`);
  }
  const fromExtension = summary ? undefined : OUTPUT_FORMATS.find((f) => out?.toLowerCase().endsWith(`.${f}`));
  const solver = solverOf(values['--solver']);
  const frontCounter = frontCounterOptions(values, { summary, response, format: values['--format'] });
  return {
    ...frontCounter,
    help: flags.has('--help'),
    scenario: values['--scenario'] ?? null,
    dataset: values['--dataset'] ?? null,
    out,
    format: response ? 'csv' : (given as OutputFormat | undefined) ?? fromExtension ?? 'csv',
    summary,
    response,
    replications,
    seed,
    solver,
  };
}

/** --front-counter ZONE --opening TEXT [--min-window H:MM]: given together, and only with the allocation's options. */
function frontCounterOptions(
  values: Partial<Record<keyof typeof VALUE_OPTIONS, string>>, other: { summary: boolean; response: boolean; format: string | undefined },
): Pick<SimulateOptions, 'frontCounter' | 'opening' | 'minWindowMinutes'> {
  const zone = values['--front-counter'] ?? null;
  const opening = values['--opening'] ?? null;
  const minWindow = values['--min-window'] ?? null;
  if (zone === null) {
    if (opening !== null || minWindow !== null) throw new InputError(`${opening !== null ? '--opening' : '--min-window'} applies to a front counter: add --front-counter ZONE`);
    return { frontCounter: null, opening: null, minWindowMinutes: null };
  }
  if (opening === null) throw new InputError(`--front-counter needs --opening, e.g. --opening "Mon-Fri 09:00-17:00"; ${HINT}`);
  const clash = other.summary ? '--summary' : other.response ? '--response' : other.format !== undefined ? '--format' : null;
  if (clash) throw new InputError(`--front-counter writes the front-counter figures; it cannot be combined with ${clash}`);
  let minWindowMinutes: number | null = null;
  if (minWindow !== null) {
    const q = parseClock(minWindow);
    if (q === null || q === 0) throw new InputError(`--min-window needs ${VALUE_OPTIONS['--min-window']} on a 15-minute boundary, not "${minWindow}"; ${HINT}`);
    minWindowMinutes = q * 15;
  }
  return { frontCounter: zone, opening, minWindowMinutes };
}
