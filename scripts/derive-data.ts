/**
 * Derive the embedded London default dataset (data/) from the raw public files.
 *
 *   npx tsx scripts/derive-data.ts [--raw DIR] [--out DIR] [--check]
 *
 * --raw   raw data folder (default ../shared/data/raw, relative to the project root)
 * --out   output folder (default data/; the MSOA dataset goes to its msoa/ subfolder)
 * --docs  folder for the generated docs/data-fidelity.md (default docs/)
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
  docs: string;
  check: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const opts: Options = {
    raw: path.resolve(projectRoot, '../shared/data/raw'),
    out: path.resolve(projectRoot, 'data'),
    docs: path.resolve(projectRoot, 'docs'),
    check: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--check') opts.check = true;
    else if (a === '--raw' || a === '--out' || a === '--docs') {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a directory`);
      opts[a.slice(2) as 'raw' | 'out' | 'docs'] = path.resolve(v);
    } else throw new Error(`unknown argument "${a}" (usage: derive-data.ts [--raw DIR] [--out DIR] [--docs DIR] [--check])`);
  }
  return opts;
}

function check(out: string, files: Map<string, string>): string[] {
  const differ: string[] = [];
  for (const [name, text] of files) {
    const file = path.join(out, name);
    if (!fs.existsSync(file)) differ.push(`${file} (missing)`);
    else if (!fs.readFileSync(file).equals(Buffer.from(text, 'utf8'))) differ.push(file);
  }
  return differ;
}

function write(out: string, files: Map<string, string>): number {
  let bytes = 0;
  for (const [name, text] of files) {
    const file = path.join(out, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  const { files, docs, report, failures } = await deriveAll(opts.raw, projectRoot);
  for (const line of report) console.log(line);
  if (failures.length > 0) {
    console.error(`ACCEPTANCE FAILED:\n  ${failures.join('\n  ')}`);
    return 1;
  }
  console.log('acceptance: workday figures within tolerance');
  if (opts.check) {
    const differ = [...check(opts.out, files), ...check(opts.docs, docs)];
    if (differ.length > 0) {
      console.error(`check: ${differ.length} file(s) differ from a fresh derivation: ${differ.join(', ')}`);
      return 1;
    }
    console.log(`check: all ${files.size} files in ${opts.out} and ${docs.size} in ${opts.docs} are identical to a fresh derivation`);
    return 0;
  }
  const bytes = write(opts.out, files);
  write(opts.docs, docs);
  console.log(`wrote ${files.size} files (${bytes} bytes) to ${opts.out} and ${[...docs.keys()].join(', ')} to ${opts.docs}`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(`derive-data: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);
