/** One thing wrong (error) or doubtful (warning) in a dataset, located as precisely as the file allows. */
export interface Problem {
  severity: 'error' | 'warning';
  /** File name as given ('flows.csv'); '' for problems about the dataset as a whole. */
  file: string;
  /** 1-based line; the header is line 1. */
  line?: number;
  column?: string;
  message: string;
}

/** 'flows.csv line 212, column "count": "12a" is not a whole number'; absent parts are left out. */
export function formatProblem(p: Problem): string {
  let where = p.file;
  if (p.line !== undefined) where += `${where ? ' ' : ''}line ${p.line}`;
  if (p.column !== undefined) where += `${where ? ', ' : ''}column "${p.column}"`;
  return where ? `${where}: ${p.message}` : p.message;
}
