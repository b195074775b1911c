// Node only: the one module of src/io that touches the file system.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceFile } from './sourceFile.ts';

function fileSource(path: string, size: number): SourceFile {
  return { name: basename(path), size, text: () => readFile(path, 'utf8') };
}

async function sourceAt(path: string): Promise<SourceFile> {
  const s = await stat(path);
  if (!s.isFile()) throw new Error(`${path} is not a file`);
  return fileSource(path, s.size);
}

/** 'npm:@scope/pkg/data/x.json' -> ['@scope/pkg', 'data/x.json'] */
function splitPackageRef(spec: string): [string, string] {
  const parts = spec.split('/');
  const take = spec.startsWith('@') ? 2 : 1;
  return [parts.slice(0, take).join('/'), parts.slice(take).join('/')];
}

/** Tideline's own installation: its node_modules serve datasets kept anywhere on disk. */
const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Finds a file inside an installed package: first by walking up from `from` through node_modules
 * folders, as Node's resolution does, then in Tideline's own node_modules, so a dataset copied out of
 * the project still finds the boundaries it names. Node's own resolver is not used because packages
 * with an "exports" map (vega-datasets among them) do not export their data files.
 */
async function packageFile(spec: string, from: string, projectRoot: string): Promise<string> {
  const [pkg, rest] = splitPackageRef(spec);
  if (!pkg || !rest || rest.split('/').includes('..')) throw new Error(`"npm:${spec}" is not of the form npm:<package>/<path>`);
  const inside = (dir: string) => join(dir, 'node_modules', pkg, ...rest.split('/'));
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (await isFile(inside(dir))) return inside(dir);
    if (dirname(dir) === dir) break;
  }
  if (await isFile(inside(projectRoot))) return inside(projectRoot);
  throw new Error(`package file "${spec}" was not found in any node_modules above ${from}, nor in Tideline's own (${projectRoot})`);
}

/**
 * The files of a dataset folder (not its subfolders) as SourceFiles, read lazily, and a resolver for
 * dataset.json "boundaries": 'npm:<package>/<path>' from an installed package (above the folder, or
 * Tideline's own), or a path relative to the folder.
 */
export async function readDatasetDir(
  dir: string,
  options: { projectRoot?: string } = {},
): Promise<{ files: SourceFile[]; resolveBoundaries: (ref: string) => Promise<SourceFile> }> {
  const root = resolve(dir);
  const entries = await readdir(root, { withFileTypes: true });
  const files: SourceFile[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (!e.isFile() || e.name.startsWith('.')) continue;
    const path = join(root, e.name);
    files.push(fileSource(path, (await stat(path)).size));
  }
  const resolveBoundaries = async (ref: string): Promise<SourceFile> => {
    if (ref.startsWith('npm:')) return sourceAt(await packageFile(ref.slice(4), root, options.projectRoot ?? PROJECT_ROOT));
    return sourceAt(resolve(root, ref));
  };
  return { files, resolveBoundaries };
}
