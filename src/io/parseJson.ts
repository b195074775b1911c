import type { ProblemLog } from './problemLog.ts';
import type { TextFile } from './readTable.ts';
import { stripBom } from './parseCsv.ts';
import { jsonSyntaxError } from '../model/index.ts';

/** JSON.parse that reports failure as a problem, with the line and column, instead of throwing. */
export function parseJson(file: TextFile, log: ProblemLog): { ok: true; value: unknown } | { ok: false } {
  const text = stripBom(file.text);
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    const at = jsonSyntaxError(text);
    log.error({ file: file.name, line: at?.line, message: at ? `not valid JSON: column ${at.column}, found ${at.found}` : 'not valid JSON' });
    return { ok: false };
  }
}
