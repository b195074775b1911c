import type { DatasetFileText } from '../../engine/index.ts';

/** The engine's per-file limit (docs/data-format.md), checked here too so a huge file is never read into the page. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
const DATA_FILE = /\.(csv|json|geojson|topojson)$/i;

export interface ReadFiles {
  files: DatasetFileText[];
  /** Files that are not dataset files by their extension (a README, a shapefile), left unread. */
  skipped: string[];
  /** Files that could not be read, in the engine's 'file: problem' form. */
  errors: string[];
}

/** A picked or dropped file: `File` has these, and tests can pass plain objects. */
export interface PickedFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}

/**
 * Reads the dataset files among `picked` as text, reporting the share of bytes read so far. Oversized
 * and unreadable files are reported, not thrown; other files are skipped unread.
 */
export async function readDatasetFiles(picked: readonly PickedFile[], onProgress?: (fraction: number) => void): Promise<ReadFiles> {
  const out: ReadFiles = { files: [], skipped: [], errors: [] };
  const wanted = picked.filter((f) => {
    if (DATA_FILE.test(f.name)) return true;
    out.skipped.push(f.name);
    return false;
  });
  const total = wanted.reduce((sum, f) => sum + (f.size <= MAX_FILE_BYTES ? f.size : 0), 0);
  let read = 0;
  onProgress?.(0);
  for (const f of wanted) {
    if (f.size > MAX_FILE_BYTES) {
      out.errors.push(`${f.name}: file is ${megabytes(f.size)}, over the 50 MB limit`);
      continue;
    }
    try {
      out.files.push({ name: f.name, text: await f.text() });
    } catch (e) {
      out.errors.push(`${f.name}: could not be read (${e instanceof Error ? e.message : String(e)})`);
    }
    read += f.size;
    onProgress?.(total > 0 ? read / total : 1);
  }
  return out;
}
