import { stripBom } from './parseCsv.ts';
import type { ProblemLog } from './problemLog.ts';
import type { TextFile } from './readTable.ts';
import type { SourceFile } from './sourceFile.ts';
import { baseName } from './datasetFiles.ts';

const MB = 1024 * 1024;

/** '50 MB', '1.5 MB', '12 KB', '300 bytes' */
export function formatBytes(n: number): string {
  const short = (x: number) => x.toFixed(1).replace(/\.0$/, '');
  if (n >= MB) return `${short(n / MB)} MB`;
  if (n >= 1024) return `${short(n / 1024)} KB`;
  return `${n} bytes`;
}

/**
 * The text of a file, or null with the reason logged. The size is checked before reading, so an
 * oversized file is refused without loading it into memory.
 */
export async function readSource(file: SourceFile, maxBytes: number, log: ProblemLog): Promise<TextFile | null> {
  const name = baseName(file.name);
  if (file.size > maxBytes) {
    log.error({ file: name, message: `file is ${formatBytes(file.size)}, over the ${formatBytes(maxBytes)} limit` });
    return null;
  }
  if (file.size === 0) {
    log.error({ file: name, message: 'file is empty' });
    return null;
  }
  let text: string;
  try {
    text = stripBom(await file.text());
  } catch (e) {
    log.error({ file: name, message: `could not be read (${e instanceof Error ? e.message : String(e)})` });
    return null;
  }
  if (text.trim() === '') {
    log.error({ file: name, message: 'file is empty' });
    return null;
  }
  return { name, text };
}
