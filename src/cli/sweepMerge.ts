import { InputError } from './inputError.ts';

/** A shard file as read: its name for messages and its text. */
export interface ShardFile {
  name: string;
  text: string;
}

/**
 * Splits CSV text into records, each its exact text without the line end: a line break inside a
 * quoted cell stays in its record. Blank records are dropped.
 */
export function csvRecords(text: string): string[] {
  const records: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (i === text.length || (!quoted && c === '\n')) {
      const record = text.slice(start, i).replace(/\r$/, '');
      if (record.trim() !== '') records.push(record);
      start = i + 1;
    }
  }
  return records;
}

/**
 * Joins sweep shard files (`--shard I/N` outputs) into the whole sweep's CSV, rows in run order and
 * byte for byte as the shards wrote them. Every file must have the same header; a run given twice, or
 * a run missing between the first and the last (a shard left out), is an InputError naming the files.
 */
export function mergeSweepFiles(files: readonly ShardFile[]): string {
  let header: string | null = null;
  let headerFile = '';
  const rows = new Map<number, { record: string; file: string }>();
  for (const f of files) {
    const [head, ...records] = csvRecords(f.text.charCodeAt(0) === 0xfeff ? f.text.slice(1) : f.text);
    if (head === undefined) throw new InputError(`${f.name}: the file is empty, not a sweep's CSV`);
    if (!head.startsWith('run,')) throw new InputError(`${f.name}: line 1 does not start with "run,": not a sweep's CSV`);
    if (header === null) [header, headerFile] = [head, f.name];
    else if (head !== header) throw new InputError(`${f.name}: its header differs from ${headerFile}'s, so they are not shards of one sweep:\n  ${head}\n  ${header}`);
    for (const record of records) {
      const cell = record.slice(0, record.indexOf(','));
      if (!/^\d+$/.test(cell)) throw new InputError(`${f.name}: a row starts with "${cell}", not a run number`);
      const run = Number(cell);
      const seen = rows.get(run);
      if (seen) throw new InputError(`${f.name}: run ${run} is also in ${seen.file}; give each shard once`);
      rows.set(run, { record, file: f.name });
    }
  }
  const runs = [...rows.keys()].sort((a, b) => a - b);
  const missing: number[] = [];
  for (let i = 0, expect = 0; i < runs.length; expect = runs[i] + 1, i++) {
    for (let r = expect; r < runs[i] && missing.length < 10; r++) missing.push(r);
  }
  if (missing.length > 0) {
    throw new InputError(`run${missing.length > 1 ? 's' : ''} ${missing.join(', ')}${missing.length === 10 ? ', ...' : ''} missing: is a shard file left out?`);
  }
  return `${[header!, ...runs.map((r) => rows.get(r)!.record)].join('\n')}\n`;
}
