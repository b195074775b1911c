import { baseName } from './datasetFiles.ts';
import { loadSmallAreas, type SmallAreaLoad } from './loadSmallAreas.ts';
import type { SmallAreaRefs } from './readManifest.ts';
import type { SourceFile } from './sourceFile.ts';

/**
 * A memoised reader of a dataset's small-area layer: its files are looked for among the dataset's own files,
 * else fetched by name with `resolve` (Node: relative to the dataset folder). Nothing is read until called.
 */
export function smallAreaReader(
  refs: SmallAreaRefs | null, zoneIds: readonly string[], files: readonly SourceFile[], resolve?: (ref: string) => Promise<SourceFile>,
): () => Promise<SmallAreaLoad | null> {
  let read: Promise<SmallAreaLoad | null> | null = null;
  const fetch = async (name: string): Promise<SourceFile> => {
    const given = files.find((f) => baseName(f.name).toLowerCase() === baseName(name).toLowerCase());
    if (given) return given;
    if (!resolve) throw new Error(`"${name}" is not among the dataset's files`);
    return resolve(name);
  };
  return () => (read ??= refs ? loadSmallAreas(refs, zoneIds, fetch) : Promise.resolve(null));
}
