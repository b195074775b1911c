/** The borough polygons from the vega-datasets npm package (TopoJSON, ids are borough names). */
import fs from 'node:fs';
import path from 'node:path';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { BOUNDARIES_NPM, BOUNDARIES_OBJECT } from './raw.ts';

export interface Boundaries {
  file: string;
  /** Geometry ids in file order. */
  ids: string[];
  features: Feature<Polygon | MultiPolygon>[];
}

export function loadBoundaries(projectRoot: string): Boundaries {
  const file = path.join(projectRoot, 'node_modules', BOUNDARIES_NPM);
  if (!fs.existsSync(file)) throw new Error(`boundaries not found: ${file} (run npm install)`);
  const topology = JSON.parse(fs.readFileSync(file, 'utf8')) as Topology;
  const object = topology.objects[BOUNDARIES_OBJECT] as GeometryCollection | undefined;
  if (!object || object.type !== 'GeometryCollection') {
    throw new Error(`${file}: no GeometryCollection object "${BOUNDARIES_OBJECT}"`);
  }
  const collection = feature(topology, object) as FeatureCollection<Geometry | null>;
  const ids: string[] = [];
  const features: Feature<Polygon | MultiPolygon>[] = [];
  for (const f of collection.features) {
    if (typeof f.id !== 'string' || f.id === '') throw new Error(`${file}: a geometry has no string id`);
    const g = f.geometry;
    if (g === null || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
      throw new Error(`${file}: geometry "${f.id}" is ${g === null ? 'empty' : g.type}, expected Polygon or MultiPolygon`);
    }
    if (ids.includes(f.id)) throw new Error(`${file}: duplicate geometry id "${f.id}"`);
    ids.push(f.id);
    features.push({ ...f, geometry: g });
  }
  return { file, ids, features };
}
