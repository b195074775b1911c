import { closestName } from '../model/index.ts';
import type { ProblemLog } from './problemLog.ts';
import type { ZoneTable } from './readZoneTable.ts';
import { describeFeature, type ZonePolygon, type ZoneShapes } from './readZoneGeometry.ts';

export interface ZoneList {
  ids: string[];
  names: string[];
  forces: string[];
  parents: string[];
  /** Geometry of each zone; null only when a problem has been reported. */
  geometries: (ZonePolygon | null)[];
  /** Index of each zone's shape in ZoneShapes.shapes, -1 when none. */
  shapeIndex: number[];
}

/**
 * Puts zone attributes and geometries together. With zones.csv its rows decide the zones and their
 * order, each claiming exactly one feature; without it every feature is a zone and must carry an id
 * and a name itself.
 */
export function joinZones(table: ZoneTable | null, shapes: ZoneShapes, log: ProblemLog): ZoneList {
  const file = shapes.file;
  const byKey = new Map<string, number>();
  shapes.shapes.forEach((s, i) => {
    if (s.key === null) {
      log.error({ file, message: `${describeFeature(s.feature, null)}: has no id (feature.id or properties.id)` });
      return;
    }
    const first = byKey.get(s.key);
    if (first !== undefined) {
      const other = shapes.shapes[first].feature;
      log.error({ file, message: `${describeFeature(s.feature, s.key)}: id "${s.key}" is also used by feature ${other}` });
      return;
    }
    byKey.set(s.key, i);
  });
  return table ? joinTable(table, shapes, byKey, log) : fromShapes(shapes, byKey, log);
}

function fromShapes(shapes: ZoneShapes, byKey: Map<string, number>, log: ProblemLog): ZoneList {
  const z: ZoneList = { ids: [], names: [], forces: [], parents: [], geometries: [], shapeIndex: [] };
  for (const [key, i] of byKey) {
    const s = shapes.shapes[i];
    if (s.name === null) {
      const message = `${describeFeature(s.feature, key)}: has no properties.name (or give names in zones.csv)`;
      log.error({ file: shapes.file, message });
    }
    z.ids.push(key);
    z.names.push(s.name ?? key);
    z.forces.push(s.force ?? '');
    z.parents.push('');
    z.geometries.push(s.geometry);
    z.shapeIndex.push(i);
  }
  return z;
}

function joinTable(t: ZoneTable, shapes: ZoneShapes, byKey: Map<string, number>, log: ProblemLog): ZoneList {
  const z: ZoneList = { ids: t.ids, names: t.names, forces: t.forces, parents: t.parents, geometries: [], shapeIndex: [] };
  const claimedBy = new Map<number, number>();
  t.keys.forEach((key, row) => {
    const i = byKey.get(key);
    const where = { file: t.file, line: t.lines[row], column: t.keyColumn };
    if (i === undefined) {
      const near = closestName(key, byKey.keys());
      const hint = near === null ? '' : ` (closest: "${near}")`;
      log.error({ ...where, message: `"${key}" matches no feature in ${shapes.file}${hint}` });
    } else if (claimedBy.has(i)) {
      log.error({ ...where, message: `"${key}" is already joined to the zone on line ${claimedBy.get(i)}` });
    } else {
      claimedBy.set(i, t.lines[row]);
      z.geometries.push(shapes.shapes[i].geometry);
      z.shapeIndex.push(i);
      return;
    }
    z.geometries.push(null);
    z.shapeIndex.push(-1);
  });
  for (const [key, i] of byKey) {
    if (claimedBy.has(i)) continue;
    const s = shapes.shapes[i];
    const message = `${describeFeature(s.feature, key)} is not claimed by any row of ${t.file} (column "${t.keyColumn}")`;
    log.error({ file: shapes.file, message });
  }
  return z;
}
