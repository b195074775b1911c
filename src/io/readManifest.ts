import { parseJson } from './parseJson.ts';
import type { ProblemLog } from './problemLog.ts';
import type { TextFile } from './readTable.ts';

export interface Manifest {
  name: string | null;
  description: string | null;
  /** A file name next to dataset.json, or 'npm:package/path'. */
  boundaries: string | null;
  /** Which object of a TopoJSON boundaries file holds the zones (default: "zones", else the first). */
  topojsonObject: string | null;
  /** The optional small-area layer, read only when hexagons are asked for (loadSmallAreas.ts). */
  smallAreas: SmallAreaRefs | null;
}

/** dataset.json "smallAreas": {"table": "small_areas.csv", "boundaries": "small_areas.topojson", "topojsonObject": "lsoa"}. */
export interface SmallAreaRefs {
  table: string;
  boundaries: string;
  topojsonObject: string | null;
}

/** dataset.json: an object whose `name`, `description`, `boundaries`, `topojsonObject` are strings if present. */
export function readManifest(file: TextFile, log: ProblemLog): Manifest | null {
  const parsed = parseJson(file, log);
  if (!parsed.ok) return null;
  const v = parsed.value;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    log.error({ file: file.name, message: 'expected a JSON object like {"name": "...", "boundaries": "..."}' });
    return null;
  }
  const o = v as Record<string, unknown>;
  const field = (key: string): string | null => {
    const x = o[key];
    if (x === undefined || x === null) return null;
    if (typeof x === 'string') return x.trim() || null;
    log.error({ file: file.name, message: `"${key}" must be a string, found ${JSON.stringify(x)}` });
    return null;
  };
  return {
    name: field('name'),
    description: field('description'),
    boundaries: field('boundaries'),
    topojsonObject: field('topojsonObject'),
    smallAreas: smallAreaRefs(o.smallAreas, file, log),
  };
}

function smallAreaRefs(v: unknown, file: TextFile, log: ProblemLog): SmallAreaRefs | null {
  if (v === undefined || v === null) return null;
  const o = typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  const text = (key: string): string | null => (o && typeof o[key] === 'string' && (o[key] as string).trim() ? (o[key] as string).trim() : null);
  const table = text('table');
  const boundaries = text('boundaries');
  if (!o || table === null || boundaries === null || (o.topojsonObject !== undefined && text('topojsonObject') === null)) {
    log.error({ file: file.name, message: '"smallAreas" must be an object like {"table": "small_areas.csv", "boundaries": "small_areas.topojson", "topojsonObject": "lsoa"}' });
    return null;
  }
  return { table, boundaries, topojsonObject: text('topojsonObject') };
}
