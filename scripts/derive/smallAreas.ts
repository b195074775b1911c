/**
 * The 2011 small areas of London: LSOA and MSOA boundaries (ONS, per borough TopoJSON), mid-2019 LSOA
 * populations with the LSOA -> MSOA -> borough lookup (ONS SAPE), and MPS recorded crime per LSOA and year.
 */
import { bbox, booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf';
import type { BBox, Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { byCodeUnit, parseCount, parseDecimal } from './csv.ts';
import { RAW, type RawFiles } from './raw.ts';
import { ZONE_IDS } from './zones.ts';

export interface SmallArea {
  id: string;
  name: string;
  lad: string;
  feature: Feature<Polygon | MultiPolygon>;
  box: BBox;
}

export interface Lsoa {
  id: string;
  name: string;
  msoa: string;
  msoaName: string;
  lad: string;
  /** Mid-2019 residents, all ages and 16-64. */
  persons: number;
  working: number;
}

/** Boundaries of one kind for the 33 boroughs, sorted by code. */
export function readAreaBoundaries(raw: RawFiles, kind: 'lsoa' | 'msoa'): SmallArea[] {
  const out: SmallArea[] = [];
  const idKey = kind === 'lsoa' ? 'LSOA11CD' : 'MSOA11CD';
  const nameKey = kind === 'lsoa' ? 'LSOA11NM' : 'MSOA11NM';
  for (const lad of ZONE_IDS) {
    const rel = kind === 'lsoa' ? RAW.lsoaBoundaries(lad) : RAW.msoaBoundaries(lad);
    const topology = JSON.parse(raw.text(rel)) as Topology;
    const object = topology.objects[lad] as GeometryCollection | undefined;
    if (!object || object.type !== 'GeometryCollection') throw new Error(`${rel}: no GeometryCollection "${lad}"`);
    const fc = feature(topology, object) as FeatureCollection<Geometry | null, Record<string, string>>;
    for (const f of fc.features) {
      const g = f.geometry;
      const id = f.properties?.[idKey];
      if (!id || (g?.type !== 'Polygon' && g?.type !== 'MultiPolygon')) throw new Error(`${rel}: a geometry lacks ${idKey} or a polygon`);
      const feat = { type: 'Feature', id, properties: {}, geometry: g } as Feature<Polygon | MultiPolygon>;
      out.push({ id, name: f.properties![nameKey], lad, feature: feat, box: bbox(feat) });
    }
  }
  out.sort((a, b) => byCodeUnit(a.id, b.id));
  for (let i = 1; i < out.length; i++) if (out[i].id === out[i - 1].id) throw new Error(`${kind} boundaries: ${out[i].id} twice`);
  return out;
}

export function readLsoas(raw: RawFiles): Lsoa[] {
  const t = raw.table(RAW.sape2019);
  const c = (n: string) => t.col(n);
  const [id, name, msoa, msoaName, lad, all, a, b, d] = [
    c('LSOA11CD'), c('LSOA11NM'), c('MSOA11CD'), c('MSOA11NM'), c('LAD11CD'), c('Persons_All-Ages'), c('Persons_16-29'), c('Persons_30-44'), c('Persons_45-64'),
  ];
  const out = t.rows.map((r, i): Lsoa => {
    const where = `${t.label} line ${i + 2}`;
    return {
      id: r[id], name: r[name], msoa: r[msoa], msoaName: r[msoaName], lad: r[lad],
      persons: parseCount(r[all], where),
      working: parseCount(r[a], where) + parseCount(r[b], where) + parseCount(r[d], where),
    };
  });
  return out.sort((x, y) => byCodeUnit(x.id, y.id));
}

/** The 11 major categories; the two minor files (bicycle and vehicle theft) are parts of them and are not added. */
export const CRIME_MAJOR = [
  'major-arson', 'major-burglary', 'major-drugs', 'major-misc', 'major-public-order', 'major-robbery', 'major-sexual',
  'major-theft-all', 'major-vehicle-offences', 'major-violence', 'major-weapons',
] as const;

/** Recorded crime per LSOA for the given years, summed over the major categories (missing rows count 0). */
export function readLsoaCrime(raw: RawFiles, years: readonly number[]): Map<number, Map<string, number>> {
  const out = new Map(years.map((y) => [y, new Map<string, number>()]));
  for (const cat of CRIME_MAJOR) {
    const rel = RAW.crimeLsoa(cat);
    const t = raw.table(rel);
    const cId = t.col('LSOA11CD');
    for (const y of years) {
      const cy = t.col(String(y));
      const m = out.get(y)!;
      for (const [i, r] of t.rows.entries()) {
        const v = parseDecimal(r[cy], `${rel} line ${i + 2}`);
        if (!Number.isInteger(v) || v < 0) throw new Error(`${rel} line ${i + 2}: ${v} is not a whole count`);
        m.set(r[cId], (m.get(r[cId]) ?? 0) + v);
      }
    }
  }
  return out;
}

/** Furthest a station may lie outside every LSOA (the Thames, clipped out at mean high water) and still be placed. */
const SNAP_KM = 0.5;

/** The small area containing a point, else the nearest within SNAP_KM (riverside stations), else null. */
export function areaAt(areas: readonly SmallArea[], lon: number, lat: number): { area: SmallArea; snappedKm: number } | null {
  for (const a of areas) {
    const [w, s, e, n] = a.box;
    if (lon < w || lon > e || lat < s || lat > n) continue;
    if (booleanPointInPolygon([lon, lat], a.feature)) return { area: a, snappedKm: 0 };
  }
  let best: SmallArea | null = null;
  let bestKm = Infinity;
  const pad = SNAP_KM / 70;
  for (const a of areas) {
    const [w, s, e, n] = a.box;
    if (lon < w - pad || lon > e + pad || lat < s - pad || lat > n + pad) continue;
    const km = Math.abs(pointToPolygonDistance([lon, lat], a.feature, { units: 'kilometers' }));
    if (km < bestKm) [best, bestKm] = [a, km];
  }
  return best && bestKm <= SNAP_KM ? { area: best, snappedKm: bestKm } : null;
}
