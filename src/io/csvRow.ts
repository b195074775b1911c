import { parseNumber, type NumberKind } from './parseNumber.ts';
import type { ProblemLog } from './problemLog.ts';

/**
 * One data row of a CSV file, with typed accessors that report a bad cell (file, line, column)
 * and return NaN or null, so a reader can carry on and find every problem in one pass.
 * A reader gets the same object for every row, refilled; it must not keep it.
 */
export class CsvRow {
  fields: readonly string[] = [];
  line = 0;

  constructor(
    readonly file: string,
    private readonly columns: ReadonlyMap<string, number>,
    private readonly log: ProblemLog,
  ) {}

  /** Trimmed cell text; '' for an absent column or a short row. */
  text(column: string): string {
    const i = this.columns.get(column);
    return i === undefined ? '' : this.at(i);
  }

  at(index: number): string {
    const cell = this.fields[index];
    return cell === undefined ? '' : cell.trim();
  }

  has(column: string): boolean {
    return this.columns.has(column);
  }

  /** A non-empty identifier, or null (reported). */
  id(column: string): string | null {
    const v = this.text(column);
    if (v === '') this.error(column, 'value is missing; expected an id');
    return v === '' ? null : v;
  }

  /** A number of the given kind, or NaN (reported). */
  number(column: string, kind: NumberKind): number {
    return this.check(this.text(column), column, kind);
  }

  /** number() for a column found by position (one that is not an expected column). */
  numberAt(index: number, column: string, kind: NumberKind): number {
    return this.check(this.at(index), column, kind);
  }

  private check(cell: string, column: string, kind: NumberKind): number {
    const r = parseNumber(cell, kind);
    if (r.ok) return r.value;
    this.error(column, r.message);
    return NaN;
  }

  /** Like number(), but an empty cell is allowed and read as NaN (unknown). */
  optionalNumber(column: string, kind: NumberKind): number {
    return this.text(column) === '' ? NaN : this.number(column, kind);
  }

  error(column: string | undefined, message: string): void {
    this.log.error({ file: this.file, line: this.line, column, message });
  }

  warning(column: string | undefined, message: string): void {
    this.log.warning({ file: this.file, line: this.line, column, message });
  }
}
