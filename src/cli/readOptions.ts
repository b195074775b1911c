import { closestName } from '../model/index.ts';
import { InputError } from './inputError.ts';

/** The options a command accepts. */
export interface OptionSpec {
  /** Options taking one value (`--name value` or `--name=value`), with what the value should be, for messages. */
  values: Readonly<Record<string, string>>;
  /** Value options that may be given more than once (each value kept, in order). */
  repeatable?: readonly string[];
  /** Options taking every following argument up to the next option (`--merge a.csv b.csv`). */
  lists?: Readonly<Record<string, string>>;
  flags: readonly string[];
}

export interface ReadOptions {
  /** Each value option's values as given, in order. */
  values: Map<string, string[]>;
  lists: Map<string, string[]>;
  flags: Set<string>;
}

export const HINT = 'run with --help for usage';

/** Reads command-line options against `spec`; anything unexpected is an InputError naming it. `-h` is --help. */
export function readOptions(argv: readonly string[], spec: OptionSpec): ReadOptions {
  const out: ReadOptions = { values: new Map(), lists: new Map(), flags: new Set() };
  const lists = spec.lists ?? {};
  const all = [...Object.keys(spec.values), ...Object.keys(lists), ...spec.flags];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h') {
      out.flags.add('--help');
      continue;
    }
    if (!arg.startsWith('--')) throw new InputError(`unexpected argument "${arg}" (give the scenario as --scenario ${arg}); ${HINT}`);
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    if (Object.hasOwn(spec.values, name)) {
      const seen = out.values.get(name) ?? [];
      if (seen.length > 0 && !spec.repeatable?.includes(name)) throw new InputError(`${name} is given twice; ${HINT}`);
      const value = eq < 0 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) {
        throw new InputError(`${name} needs ${spec.values[name]}; ${HINT}`);
      }
      out.values.set(name, [...seen, value]);
    } else if (Object.hasOwn(lists, name)) {
      if (out.lists.has(name)) throw new InputError(`${name} is given twice; ${HINT}`);
      const items = eq < 0 ? [] : [arg.slice(eq + 1)];
      while (i + 1 < argv.length && !argv[i + 1].startsWith('--')) items.push(argv[++i]);
      if (items.length === 0 || items.includes('')) throw new InputError(`${name} needs ${lists[name]}; ${HINT}`);
      out.lists.set(name, items);
    } else if (spec.flags.includes(name)) {
      if (eq >= 0) throw new InputError(`${name} takes no value; ${HINT}`);
      out.flags.add(name);
    } else {
      const guess = closestName(name, all);
      throw new InputError(`unknown option "${name}"${guess ? ` (did you mean "${guess}"?)` : ''}; ${HINT}`);
    }
  }
  return out;
}

/** The one value of an option, or undefined when not given. */
export function single(options: ReadOptions, name: string): string | undefined {
  return options.values.get(name)?.[0];
}

/** A whole number option of at least `min`, or null when not given. */
export function wholeOption(options: ReadOptions, name: string, min: number, needs: string): number | null {
  const text = single(options, name);
  if (text === undefined) return null;
  const v = Number(text);
  if (!/^-?\d+$/.test(text.trim()) || !Number.isSafeInteger(v) || v < min) throw new InputError(`${name} needs ${needs}, not "${text}"; ${HINT}`);
  return v;
}
