import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/io/problem.ts';
import { ProblemLog } from '../../../src/io/problemLog.ts';

describe('formatProblem', () => {
  it('names file, line and column', () => {
    const p = { severity: 'error', file: 'flows.csv', line: 212, column: 'count', message: '"12a" is not a whole number' } as const;
    expect(formatProblem(p)).toBe('flows.csv line 212, column "count": "12a" is not a whole number');
  });

  it('leaves out absent parts', () => {
    expect(formatProblem({ severity: 'error', file: 'residents.csv', message: 'file is missing' })).toBe('residents.csv: file is missing');
    expect(formatProblem({ severity: 'error', file: 'flows.csv', line: 1, message: 'x' })).toBe('flows.csv line 1: x');
    expect(formatProblem({ severity: 'warning', file: 'a.csv', column: 'c', message: 'x' })).toBe('a.csv, column "c": x');
    expect(formatProblem({ severity: 'error', file: '', message: 'and 3 more errors' })).toBe('and 3 more errors');
  });
});

describe('ProblemLog', () => {
  it('keeps the first `limit` errors and closes with "and N more"', () => {
    const log = new ProblemLog(2);
    for (let i = 1; i <= 5; i++) log.error({ file: 'f.csv', line: i, message: 'bad' });
    log.warning({ file: 'f.csv', message: 'odd' });
    expect(log.errorCount).toBe(5);
    expect(log.full).toBe(true);
    const { errors, warnings } = log.result();
    expect(errors.map(formatProblem)).toEqual([
      'f.csv line 1: bad',
      'f.csv line 2: bad',
      'and 3 more errors (only the first 2 are listed)',
    ]);
    expect(warnings).toEqual([{ severity: 'warning', file: 'f.csv', message: 'odd' }]);
  });

  it('says "error" for a single dropped one', () => {
    const log = new ProblemLog(1);
    log.error({ file: 'f', message: 'a' });
    log.error({ file: 'f', message: 'b' });
    expect(formatProblem(log.result().errors[1])).toBe('and 1 more error (only the first 1 are listed)');
  });
});
