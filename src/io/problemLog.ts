import type { Problem } from './problem.ts';

type Located = Omit<Problem, 'severity'>;

/**
 * Collects problems while a dataset loads. Keeps the first `limit` errors and the first `limit`
 * warnings and counts the rest, so one bad column in a big file cannot flood the report.
 */
export class ProblemLog {
  readonly errors: Problem[] = [];
  readonly warnings: Problem[] = [];
  private moreErrors = 0;
  private moreWarnings = 0;

  constructor(readonly limit: number) {}

  /** `p` may be a function, so a message is only built if it will be kept. */
  error(p: Located | (() => Located)): void {
    if (this.errors.length < this.limit) this.errors.push({ severity: 'error', ...(typeof p === 'function' ? p() : p) });
    else this.moreErrors++;
  }

  warning(p: Located | (() => Located)): void {
    if (this.warnings.length < this.limit) this.warnings.push({ severity: 'warning', ...(typeof p === 'function' ? p() : p) });
    else this.moreWarnings++;
  }

  get errorCount(): number {
    return this.errors.length + this.moreErrors;
  }

  /** True once no further error would be kept: callers may skip work that only finds more. */
  get full(): boolean {
    return this.errors.length >= this.limit;
  }

  /** The kept problems, each list closed by an 'and N more' line when some were dropped. */
  result(): { errors: Problem[]; warnings: Problem[] } {
    const errors = [...this.errors];
    const warnings = [...this.warnings];
    if (this.moreErrors > 0) errors.push(more('error', this.moreErrors, this.limit));
    if (this.moreWarnings > 0) warnings.push(more('warning', this.moreWarnings, this.limit));
    return { errors, warnings };
  }
}

function more(severity: Problem['severity'], n: number, limit: number): Problem {
  const noun = n === 1 ? severity : `${severity}s`;
  return { severity, file: '', message: `and ${n} more ${noun} (only the first ${limit} are listed)` };
}
