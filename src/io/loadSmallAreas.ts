import type { SmallAreas } from '../model/index.ts';
import { IdIndex } from './idIndex.ts';
import type { Problem } from './problem.ts';
import { ProblemLog } from './problemLog.ts';
import type { SmallAreaRefs } from './readManifest.ts';
import { readSmallAreas } from './readSmallAreas.ts';
import { readSource } from './readSource.ts';
import { readZoneGeometry, type ZonePolygon } from './readZoneGeometry.ts';
import type { SourceFile } from './sourceFile.ts';

export type SmallAreaLoad =
  /** `polygons[l]` is small area l's geometry. */
  | { ok: true; areas: SmallAreas; polygons: ZonePolygon[]; warnings: Problem[] }
  | { ok: false; errors: Problem[]; warnings: Problem[] };

const MAX_BYTES = 50 * 1024 * 1024;

/**
 * The small-area layer a dataset.json names ("smallAreas"), read on demand: the browser fetches it only
 * when hexagons are first asked for. `fetch` returns a named file of the dataset (the two names in `refs`).
 * Every small area needs exactly one geometry; problems name the file, line and column.
 */
export async function loadSmallAreas(
  refs: SmallAreaRefs, zoneIds: readonly string[], fetch: (name: string) => Promise<SourceFile>,
): Promise<SmallAreaLoad> {
  const log = new ProblemLog(50);
  const get = async (name: string) => {
    try {
      return await readSource(await fetch(name), MAX_BYTES, log);
    } catch (e) {
      log.error({ file: name, message: `could not be loaded (${e instanceof Error ? e.message : String(e)})` });
      return null;
    }
  };
  const [tableText, geometryText] = [await get(refs.table), await get(refs.boundaries)];
  if (!tableText || !geometryText) return { ok: false, ...log.result() };
  const areas = readSmallAreas(tableText, new IdIndex(zoneIds), log);
  const shapes = readZoneGeometry(geometryText, log, refs.topojsonObject);
  if (!shapes || log.errorCount > 0) return { ok: false, ...log.result() };
  const byKey = new Map<string, ZonePolygon>();
  for (const s of shapes.shapes) {
    if (s.key === null || s.geometry === null) continue;
    if (byKey.has(s.key)) log.error({ file: shapes.file, message: `geometry id "${s.key}" appears more than once` });
    byKey.set(s.key, s.geometry);
  }
  const polygons: ZonePolygon[] = [];
  const known = new Set(areas.ids);
  areas.ids.forEach((id) => {
    const g = byKey.get(id);
    if (g) polygons.push(g);
    else log.error({ file: shapes.file, message: `no geometry for small area "${id}" of ${refs.table}` });
  });
  for (const key of byKey.keys()) {
    if (!known.has(key)) log.warning({ file: shapes.file, message: `geometry "${key}" has no row in ${refs.table}; it is left out` });
  }
  if (log.errorCount > 0) return { ok: false, ...log.result() };
  return { ok: true, areas, polygons, warnings: log.result().warnings };
}
