import { parseScenarioPath } from '../model/index.ts';
import { SWEEP_MEASURE_COLUMNS, SWEEP_PROBLEM_COLUMN, SWEEP_RESPONSE_COLUMNS } from './exports/sweepCsv.ts';
import { parseCsv } from './parseCsv.ts';
import { parseNumber } from './parseNumber.ts';
import type { Problem } from './problem.ts';
import { ProblemLog } from './problemLog.ts';

/** One run of a sweep as read back from its CSV. */
export interface SweepTableRow {
  /** The file line the row starts on (the header is line 1). */
  line: number;
  run: number;
  /** The varied values as written, one per varied path. */
  values: string[];
  /** One per measure column (`SweepTable.columns`); null for an empty cell (no figure). */
  measures: (number | null)[];
  problem: string;
}

/** A sweep's CSV (src/io/exports/sweepCsv.ts) read back: the varied paths, the measure columns and the runs. */
export interface SweepTable {
  file: string;
  paths: string[];
  /** The measures' columns in file order: SWEEP_MEASURE_COLUMNS, then SWEEP_RESPONSE_COLUMNS when the sweep ran the simulation. */
  columns: string[];
  rows: SweepTableRow[];
}

export type SweepCsvRead = { ok: true; table: SweepTable } | { ok: false; problems: Problem[] };

/** More runs than this is not a sweep to chart in a page. */
export const MAX_SWEEP_ROWS = 100_000;
/** Problems listed before the rest are counted. */
const MAX_PROBLEMS = 20;
/** Columns holding shares or indices, which lie between 0 and 1. */
const SHARES = new Set<string>(['dissimilarity', 'gini', 'erlang_share_within_target', ...SWEEP_RESPONSE_COLUMNS]);

const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(', ');

/** The header's problems: `run`, valid scenario paths, then exactly the measure columns and `problem`. */
function headerProblems(header: readonly string[], line: number, log: ProblemLog, file: string): { paths: string[]; columns: string[] } | null {
  const at = (i: number, message: string) => log.error({ file, line, column: header[i], message });
  const cells = header.map((h) => h.trim());
  if (cells[0] === 'kind') {
    at(0, 'this is a frontier CSV (npm run sweep -- --frontier), not a sweep\'s; a sweep CSV starts with "run"');
    return null;
  }
  if (cells[0] !== 'run') {
    at(0, `column 1 should be "run": not a sweep's CSV (npm run sweep writes run, the varied paths, then ${quoted(SWEEP_MEASURE_COLUMNS)}, problem)`);
    return null;
  }
  const first = cells.indexOf(SWEEP_MEASURE_COLUMNS[0]);
  if (first < 0) {
    log.error({ file, line, message: `no "${SWEEP_MEASURE_COLUMNS[0]}" column: a sweep CSV has run, the varied paths, then ${quoted(SWEEP_MEASURE_COLUMNS)}, problem` });
    return null;
  }
  const paths = cells.slice(1, first);
  paths.forEach((p, k) => {
    const check = parseScenarioPath(p);
    if (!check.ok) at(k + 1, `column ${k + 2} is not a scenario field path: ${check.message}`);
    else if (paths.indexOf(p) < k) at(k + 1, `column ${k + 2} repeats the path "${p}"`);
  });
  const response = cells[first + SWEEP_MEASURE_COLUMNS.length] === SWEEP_RESPONSE_COLUMNS[0];
  const columns = [...SWEEP_MEASURE_COLUMNS, ...(response ? SWEEP_RESPONSE_COLUMNS : [])];
  const expected = [...columns, SWEEP_PROBLEM_COLUMN];
  for (let k = 0; k < Math.max(expected.length, cells.length - first); k++) {
    const i = first + k;
    if (k >= expected.length) at(i, `column ${i + 1} comes after "${SWEEP_PROBLEM_COLUMN}", which is a sweep CSV's last column`);
    else if (i >= cells.length) {
      log.error({ file, line, message: `the header ends after "${cells[cells.length - 1]}"; column ${i + 1} should be "${expected[k]}"` });
      break;
    } else if (cells[i] !== expected[k]) at(i, `column ${i + 1} should be "${expected[k]}"`);
  }
  return log.errorCount > 0 ? null : { paths, columns };
}

/**
 * Reads a sweep's CSV as `npm run sweep` (and the app's grid runs) write it, treating every cell as
 * untrusted text. The header is checked (run, scenario field paths, the measure columns in order,
 * problem); every row must have the header's cells, a whole run number not seen before, and numbers
 * (or nothing) in the measure columns, shares between 0 and 1. Every problem names the file, line and
 * column; the first 20 are kept and the rest counted. Nothing is returned unless the whole file reads.
 */
export function readSweepCsv(text: string, file: string): SweepCsvRead {
  const log = new ProblemLog(MAX_PROBLEMS);
  let header: string[] | null = null;
  let layout: { paths: string[]; columns: string[] } | null = null;
  const rows: SweepTableRow[] = [];
  const runLines = new Map<number, number>();
  let extra = 0;

  parseCsv(text, {
    header(fields, line) {
      header = fields;
      layout = headerProblems(fields, line, log, file);
      return layout !== null;
    },
    row(fields, line) {
      if (!layout || !header) return;
      if (rows.length >= MAX_SWEEP_ROWS) {
        if (extra++ === 0) log.error({ file, line, message: `more than ${MAX_SWEEP_ROWS.toLocaleString('en-GB')} runs: too many to chart here; split the sweep` });
        return;
      }
      if (fields.length !== header.length) {
        log.error({ file, line, message: `has ${fields.length} cells; the header has ${header.length}` });
        return;
      }
      const { paths, columns } = layout;
      const at = (i: number, message: string) => log.error({ file, line, column: header![i].trim(), message });
      const runCell = parseNumber(fields[0], 'whole');
      let run = NaN;
      if (!runCell.ok) at(0, runCell.message);
      else if (runLines.has(runCell.value)) at(0, `run ${runCell.value} is also on line ${runLines.get(runCell.value)}`);
      else {
        run = runCell.value;
        runLines.set(run, line);
      }
      const first = 1 + paths.length;
      const measures = columns.map((name, k) => {
        const cell = fields[first + k].trim();
        if (cell === '') return null;
        const n = parseNumber(cell, 'count');
        if (!n.ok) at(first + k, n.message);
        else if (SHARES.has(name) && n.value > 1) at(first + k, `${cell} is not a share (0 to 1)`);
        else return n.value;
        return null;
      });
      rows.push({
        line, run, values: fields.slice(1, first).map((v) => v.trim()), measures, problem: fields[first + columns.length].trim(),
      });
    },
    problem(line, message) {
      log.error({ file, line, message });
    },
  });

  if (header === null) log.error({ file, line: 1, message: 'the file is empty: a sweep CSV has a header and a row per run' });
  else if (layout !== null && rows.length === 0 && log.errorCount === 0) log.error({ file, line: 2, message: 'the file has a header but no runs' });
  const { errors } = log.result();
  if (errors.length > 0 || !layout) return { ok: false, problems: errors };
  const { paths, columns } = layout;
  return { ok: true, table: { file, paths, columns, rows } };
}
