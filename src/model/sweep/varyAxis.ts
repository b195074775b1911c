import { parseScenarioPath, type ScenarioPath } from './scenarioPath.ts';

/** One varied field of a sweep and the values it takes, in order. */
export interface VaryAxis {
  path: ScenarioPath;
  values: unknown[];
}

export type AxisParse = { ok: true; axis: VaryAxis } | { ok: false; path: string; message: string };

/** Ranges longer than this are almost certainly a typo in the step. */
export const MAX_RANGE_VALUES = 100_000;

const NUMBER = String.raw`\s*(-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*`;
const RANGE = new RegExp(`^${NUMBER}:${NUMBER}:${NUMBER}$`);

/** A value as typed: JSON where it reads as JSON (numbers, true, false, null, "quoted text"), else the text. */
function valueOf(text: string): unknown {
  const t = text.trim();
  try {
    return JSON.parse(t);
  } catch {
    return t;
  }
}

/** Values from `from` to `to` inclusive in steps of `step` (which may be negative), without float drift. */
function rangeValues(from: number, to: number, step: number): number[] | string {
  if (step === 0) return 'the step is 0';
  const count = Math.floor((to - from) / step + 1e-9) + 1;
  if (count < 1) return `the range ${from}:${to}:${step} is empty (${step > 0 ? 'from is above to' : 'from is below to'})`;
  if (count > MAX_RANGE_VALUES) return `the range ${from}:${to}:${step} has ${count} values, more than ${MAX_RANGE_VALUES}`;
  // Rounded to 12 significant digits so 0.1 steps give 0.3, not 0.30000000000000004.
  return Array.from({ length: count }, (_, i) => Number((from + i * step).toPrecision(12)));
}

/**
 * Reads one `--vary` argument: `PATH=a,b,c` (each value JSON where it reads as JSON, else text) or
 * `PATH=from:to:step` (numbers, both ends included). The path is checked against the scenario schema;
 * the values are checked later, in the scenario (sweepGrid).
 */
export function parseVaryAxis(text: string): AxisParse {
  const eq = text.indexOf('=');
  if (eq < 0) return { ok: false, path: text, message: `"${text}" needs PATH=a,b,c or PATH=from:to:step` };
  const pathText = text.slice(0, eq).trim();
  const spec = text.slice(eq + 1);
  const path = parseScenarioPath(pathText);
  if (!path.ok) return { ok: false, path: pathText, message: path.message };
  const range = RANGE.exec(spec);
  if (range) {
    const values = rangeValues(Number(range[1]), Number(range[2]), Number(range[3]));
    return typeof values === 'string' ? { ok: false, path: pathText, message: values } : { ok: true, axis: { path: path.path, values } };
  }
  if (new RegExp(`^${NUMBER}:${NUMBER}$`).test(spec)) {
    return { ok: false, path: pathText, message: `"${spec}" needs a step: from:to:step` };
  }
  if (spec.trim() === '') return { ok: false, path: pathText, message: 'no values given (an empty list)' };
  const items = spec.split(',');
  const blank = items.findIndex((v) => v.trim() === '');
  if (blank >= 0) return { ok: false, path: pathText, message: `value ${blank + 1} of "${spec}" is empty` };
  return { ok: true, axis: { path: path.path, values: items.map(valueOf) } };
}
