import { closestName } from '../model/index.ts';

export interface ColumnProblem {
  severity: 'error' | 'warning';
  column?: string;
  message: string;
}

export interface ColumnMatch {
  /** Expected name -> field index, for every expected column present. */
  index: Map<string, number>;
  /** Header cells that are not expected columns, with their field index. */
  others: { name: string; index: number }[];
  problems: ColumnProblem[];
}

/**
 * Finds the expected columns in a header row (names matched exactly after trimming). A missing
 * required column is an error that names the closest unexpected header, so a typo explains itself;
 * a near miss for an absent optional column is only a warning, as extra columns are allowed.
 */
export function matchColumns(
  header: readonly string[],
  required: readonly string[],
  optional: readonly string[] = [],
): ColumnMatch {
  const expected = new Set([...required, ...optional]);
  const index = new Map<string, number>();
  const others: { name: string; index: number }[] = [];
  const problems: ColumnProblem[] = [];
  const reportedTwice = new Set<string>();
  header.forEach((cell, i) => {
    const name = cell.trim();
    if (!expected.has(name)) {
      others.push({ name, index: i });
      return;
    }
    const first = index.get(name);
    if (first === undefined) {
      index.set(name, i);
    } else if (!reportedTwice.has(name)) {
      reportedTwice.add(name);
      const message = `appears more than once (columns ${first + 1} and ${i + 1})`;
      problems.push({ severity: 'error', column: name, message });
    }
  });
  const otherNames = others.map((o) => o.name);
  for (const name of required) {
    if (index.has(name)) continue;
    const near = closestName(name, otherNames);
    const hint = near === null ? '' : ` (found "${near}": a misspelling?)`;
    problems.push({ severity: 'error', message: `column "${name}" is missing${hint}` });
  }
  for (const name of optional) {
    if (index.has(name)) continue;
    const near = closestName(name, otherNames);
    if (near !== null && near.length >= 4) {
      const message = `not a known column and ignored; did you mean "${name}"?`;
      problems.push({ severity: 'warning', column: near, message });
    }
  }
  return { index, others, problems };
}
