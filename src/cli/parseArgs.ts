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
}

const VALUE_OPTIONS = { '--scenario': 'a file name', '--dataset': 'a folder', '--out': 'a file name', '--format': 'csv, geojson or json' } as const;
const FLAG_OPTIONS = ['--summary', '--help'] as const;
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
    format: (given as OutputFormat | undefined) ?? fromExtension ?? 'csv',
    summary,
  };
}
