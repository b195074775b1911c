import type { MultiPolygon, Polygon, Position } from 'geojson';
import { feature as topoFeature, neighbors as topoNeighbors } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import { parseJson } from './parseJson.ts';
import type { ProblemLog } from './problemLog.ts';
import type { TextFile } from './readTable.ts';

export type ZonePolygon = Polygon | MultiPolygon;

export interface ZoneShape {
  /** 1-based position of the feature in its file, for messages. */
  feature: number;
  /** feature.id or properties.id, as a string. */
  key: string | null;
  name: string | null;
  force: string | null;
  /** Null when the geometry is unusable (already reported). */
  geometry: ZonePolygon | null;
}

export interface ZoneShapes {
  file: string;
  shapes: ZoneShape[];
  /** For TopoJSON, neighbours by shape index (features sharing an arc); null for GeoJSON. */
  neighbours: number[][] | null;
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function textOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

export function describeFeature(n: number, key: string | null): string {
  return key === null ? `feature ${n}` : `feature ${n} (id "${key}")`;
}

function isPosition(p: unknown): p is Position {
  return Array.isArray(p) && p.length >= 2 && typeof p[0] === 'number' && typeof p[1] === 'number'
    && Number.isFinite(p[0]) && Number.isFinite(p[1]);
}

function isRing(r: unknown): r is Position[] {
  return Array.isArray(r) && r.length >= 4 && r.every(isPosition);
}

function isPolygonCoords(c: unknown): c is Position[][] {
  return Array.isArray(c) && c.length >= 1 && c.every(isRing);
}

/** The polygons of a valid Polygon/MultiPolygon, as lists of rings. */
export function polygonsOf(g: ZonePolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** Projected metres, not degrees; British National Grid spans about 0..700 km east, 0..1300 km north. */
function coordinateAdvice(p: Position): string {
  const [x, y] = p;
  const bng = x >= 0 && x <= 700_000 && y >= 0 && y <= 1_300_000 && (x > 1000 || y > 1000);
  const kind = bng
    ? 'they look like British National Grid metres (EPSG:27700), not longitude/latitude degrees'
    : 'they are outside longitude -180..180 / latitude -90..90, so not longitude/latitude degrees';
  return `has coordinates (${x}, ${y}): ${kind}; convert the zones to WGS84 longitude/latitude (EPSG:4326)`;
}

function readFeatures(file: TextFile, root: unknown, log: ProblemLog, objectName: string | null): { features: unknown[]; neighbours: number[][] | null } | null {
  const fail = (message: string) => {
    log.error({ file: file.name, message });
    return null;
  };
  if (!isObject(root)) return fail('expected a GeoJSON FeatureCollection or a TopoJSON Topology');
  if (root.type === 'FeatureCollection') {
    if (!Array.isArray(root.features)) return fail('"features" is not a list');
    return { features: root.features, neighbours: null };
  }
  if (root.type === 'Feature') return { features: [root], neighbours: null };
  if (root.type !== 'Topology') {
    return fail(`expected a GeoJSON FeatureCollection or a TopoJSON Topology, found type ${JSON.stringify(root.type)}`);
  }
  const objects = root.objects;
  if (!isObject(objects) || Object.keys(objects).length === 0) return fail('the TopoJSON topology has no objects');
  if (objectName !== null && !(objectName in objects)) {
    const names = Object.keys(objects).map((k) => `"${k}"`).join(', ');
    return fail(`the TopoJSON topology has no object "${objectName}" (named by dataset.json "topojsonObject"); it has ${names}`);
  }
  const name = objectName ?? ('zones' in objects ? 'zones' : Object.keys(objects)[0]);
  const object = objects[name];
  if (!isObject(object) || !Array.isArray(root.arcs)) return fail(`TopoJSON object "${name}" is malformed`);
  try {
    const topology = root as unknown as Topology;
    const geo = object as unknown as GeometryObject;
    const converted = topoFeature(topology, geo);
    if (converted.type === 'FeatureCollection' && geo.type === 'GeometryCollection') {
      return { features: converted.features, neighbours: topoNeighbors(geo.geometries) };
    }
    return { features: [converted], neighbours: [[]] };
  } catch (e) {
    return fail(`TopoJSON object "${name}" could not be converted (${e instanceof Error ? e.message : String(e)})`);
  }
}

/**
 * Reads zone polygons from GeoJSON or TopoJSON text. Every feature yields a shape (geometry null when
 * unusable) so that joins and counts stay aligned; problems are logged per feature, except
 * non-degree coordinates, which are reported once per file as they usually affect every feature.
 */
export function readZoneGeometry(file: TextFile, log: ProblemLog, topojsonObject: string | null = null): ZoneShapes | null {
  const parsed = parseJson(file, log);
  if (!parsed.ok) return null;
  const read = readFeatures(file, parsed.value, log, topojsonObject);
  if (!read) return null;
  const shapes: ZoneShape[] = [];
  let firstOutside: { shape: ZoneShape; at: Position } | null = null;
  let outsideCount = 0;
  for (let i = 0; i < read.features.length; i++) {
    const { shape, outside } = readShape(file.name, read.features[i], i + 1, log);
    shapes.push(shape);
    if (outside) {
      outsideCount++;
      firstOutside ??= { shape, at: outside };
    }
  }
  if (firstOutside) {
    const { shape, at } = firstOutside;
    const others = outsideCount > 1 ? ` (and ${outsideCount - 1} more features like it)` : '';
    log.error({ file: file.name, message: `${describeFeature(shape.feature, shape.key)} ${coordinateAdvice(at)}${others}` });
  }
  return { file: file.name, shapes, neighbours: read.neighbours };
}

function readShape(file: string, f: unknown, n: number, log: ProblemLog): { shape: ZoneShape; outside: Position | null } {
  const props = isObject(f) && isObject(f.properties) ? f.properties : {};
  const key = isObject(f) ? (textOf(f.id) ?? textOf(props.id)) : null;
  const shape: ZoneShape = { feature: n, key, name: textOf(props.name), force: textOf(props.force), geometry: null };
  const fail = (message: string) => {
    log.error({ file, message: `${describeFeature(n, key)}: ${message}` });
    return { shape, outside: null };
  };
  if (!isObject(f) || f.type !== 'Feature') return fail('is not a GeoJSON Feature');
  const g = f.geometry;
  if (!isObject(g)) return fail('has no geometry');
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') {
    return fail(`geometry is ${String(g.type)}, not Polygon or MultiPolygon`);
  }
  const c = g.coordinates;
  const ok = g.type === 'Polygon' ? isPolygonCoords(c) : Array.isArray(c) && c.length > 0 && c.every(isPolygonCoords);
  if (!ok) return fail(`${g.type} coordinates are not rings of at least 4 [longitude, latitude] positions`);
  const geometry = g as unknown as ZonePolygon;
  const outside = firstOutsideDegrees(geometry);
  if (!outside) shape.geometry = geometry;
  return { shape, outside };
}

function firstOutsideDegrees(g: ZonePolygon): Position | null {
  for (const polygon of polygonsOf(g)) {
    for (const ring of polygon) {
      for (const p of ring) if (Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90) return p;
    }
  }
  return null;
}
