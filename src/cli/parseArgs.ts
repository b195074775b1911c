import { closestName } from '../model/index.ts';
import { InputError } from './inputError.ts';

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
}

const VALUE_OPTIONS = {
  '--scenario': 'a file name', '--dataset': 'a folder', '--out': 'a file name', '--format': 'csv, geojson or json',
  '--replications': 'a whole number from 1', '--seed': 'a whole number',
} as const;
const FLAG_OPTIONS = ['--summary', '--response', '--help'] as const;
type ValueOption = keyof typeof VALUE_OPTIONS;
const ALL_OPTIONS = [...Object.keys(VALUE_OPTIONS), ...FLAG_OPTIONS];
const HINT = 'run with --help for usage';

function isValueOption(name: string): name is ValueOption {
  return Object.hasOwn(VALUE_OPTIONS, name);
}

/** Reads `--name value`, `--name=value` and the flags; anything else is an InputError. */
export function parseArgs(argv: readonly string[]): SimulateOptions {
  const values: Partial<Record<ValueOption, string>> = {};
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h') {
      flags.add('--help');
      continue;
    }
    if (!arg.startsWith('--')) throw new InputError(`unexpected argument "${arg}" (give the scenario as --scenario ${arg}); ${HINT}`);
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    if (isValueOption(name)) {
      if (values[name] !== undefined) throw new InputError(`${name} is given twice; ${HINT}`);
      const value = eq < 0 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) {
        throw new InputError(`${name} needs ${VALUE_OPTIONS[name]}; ${HINT}`);
      }
      values[name] = value;
    } else if ((FLAG_OPTIONS as readonly string[]).includes(name)) {
      if (eq >= 0) throw new InputError(`${name} takes no value; ${HINT}`);
      flags.add(name);
    } else {
      const guess = closestName(name, ALL_OPTIONS);
      throw new InputError(`unknown option "${name}"${guess ? ` (did you mean "${guess}"?)` : ''}; ${HINT}`);
    }
  }

  const summary = flags.has('--summary');
  const response = flags.has('--response');
  const whole = (name: '--replications' | '--seed', min: number): number | null => {
    const text = values[name];
    if (text === undefined) return null;
    const v = Number(text);
    if (!/^-?\d+$/.test(text.trim()) || !Number.isSafeInteger(v) || v < min) throw new InputError(`${name} needs ${VALUE_OPTIONS[name]}, not "${text}"; ${HINT}`);
    if (!response) throw new InputError(`${name} applies to the response simulation: add --response`);
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
  return {
    help: flags.has('--help'),
    scenario: values['--scenario'] ?? null,
    dataset: values['--dataset'] ?? null,
    out,
    format: response ? 'csv' : (given as OutputFormat | undefined) ?? fromExtension ?? 'csv',
    summary,
    response,
    replications,
    seed,
  };
}
