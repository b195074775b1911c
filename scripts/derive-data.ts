/**
 * Derive the embedded London default dataset (data/) from the raw public files.
 *
 *   npx tsx scripts/derive-data.ts [--raw DIR] [--out DIR] [--check]
 *
 * --raw   raw data folder (default ../shared/data/raw, relative to the project root)
 * --out   output folder (default data/)
 * --check derive in memory and compare byte for byte with the files in --out; exit 1 if any differ.
 * The raw files are only read; nothing from them is copied into the project except these derived tables.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deriveAll } from './derive/derive-all.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Options {
  raw: string;
  out: string;
  check: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const opts: Options = {
    raw: path.resolve(projectRoot, '../shared/data/raw'),
    out: path.resolve(projectRoot, 'data'),
    check: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--check') opts.check = true;
    else if (a === '--raw' || a === '--out') {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a directory`);
      opts[a === '--raw' ? 'raw' : 'out'] = path.resolve(v);
    } else throw new Error(`unknown argument "${a}" (usage: derive-data.ts [--raw DIR] [--out DIR] [--check])`);
  }
  return opts;
}

function check(out: string, files: Map<string, string>): string[] {
  const differ: string[] = [];
  for (const [name, text] of files) {
    const file = path.join(out, name);
    if (!fs.existsSync(file)) differ.push(`${name} (missing)`);
    else if (!fs.readFileSync(file).equals(Buffer.from(text, 'utf8'))) differ.push(name);
  }
  return differ;
}

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  const { files, report, failures } = await deriveAll(opts.raw, projectRoot);
  for (const line of report) console.log(line);
  if (failures.length > 0) {
    console.error(`ACCEPTANCE FAILED:\n  ${failures.join('\n  ')}`);
    return 1;
  }
  console.log('acceptance: workday figures within tolerance');
  if (opts.check) {
    const differ = check(opts.out, files);
    if (differ.length > 0) {
      console.error(`check: ${differ.length} file(s) differ from ${opts.out}: ${differ.join(', ')}`);
      return 1;
    }
    console.log(`check: all ${files.size} files in ${opts.out} are identical to a fresh derivation`);
    return 0;
  }
  fs.mkdirSync(opts.out, { recursive: true });
  let bytes = 0;
  for (const [name, text] of files) {
    fs.writeFileSync(path.join(opts.out, name), text);
    bytes += Buffer.byteLength(text);
  }
  console.log(`wrote ${files.size} files (${bytes} bytes) to ${opts.out}`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(`derive-data: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);
