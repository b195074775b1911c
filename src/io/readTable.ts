import { CsvRow } from './csvRow.ts';
import { matchColumns } from './matchColumns.ts';
import { parseCsv } from './parseCsv.ts';
import type { ProblemLog } from './problemLog.ts';

/** A file's name and decoded text. */
export interface TextFile {
  name: string;
  text: string;
}

export interface TableSpec {
  required: readonly string[];
  optional?: readonly string[];
  /**
   * Called for each header cell that is not an expected column (extra columns are allowed),
   * e.g. to pick up the time columns of station_profiles.csv. Report problems through `row`.
   */
  otherColumn?(name: string, index: number, row: CsvRow): void;
}

/**
 * Reads a CSV file whose header must hold the spec's columns, handing each data row to `onRow`.
 * Returns false (with problems logged) if the header is unusable, in which case no row is read.
 */
export function readTable(
  file: TextFile,
  spec: TableSpec,
  log: ProblemLog,
  onRow: (row: CsvRow) => void,
  onProgress?: (fraction: number) => void,
): boolean {
  let row: CsvRow | null = null;
  let usable = false;
  parseCsv(file.text, {
    header(fields, line) {
      const match = matchColumns(fields, spec.required, spec.optional);
      let fatal = false;
      for (const p of match.problems) {
        const located = { file: file.name, line, column: p.column, message: p.message };
        if (p.severity === 'error') {
          fatal = true;
          log.error(located);
        } else {
          log.warning(located);
        }
      }
      row = new CsvRow(file.name, match.index, log);
      row.line = line;
      const before = log.errorCount;
      for (const o of match.others) spec.otherColumn?.(o.name, o.index, row);
      usable = !fatal && log.errorCount === before;
      return usable;
    },
    row(fields, line) {
      if (!row) return;
      row.fields = fields;
      row.line = line;
      onRow(row);
    },
    problem(line, message) {
      log.error({ file: file.name, line, message });
    },
    progress: onProgress,
  });
  return usable;
}
