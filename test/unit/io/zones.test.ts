import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/io/loadDataset.ts';
import { sourceFromText } from '../../../src/io/sourceFile.ts';
import { errorsOf, loadTiny, square, tinyErrors, tinyFiles, warningsOf, zonesGeojson } from './tinyDataset.ts';

function geojsonWith(edit: (features: Record<string, unknown>[]) => void): string {
  const fc = JSON.parse(zonesGeojson()) as { features: Record<string, unknown>[] };
  edit(fc.features);
  return JSON.stringify(fc);
}

/**
 * Two squares A | B sharing arc 0 (x = -0.10), and an island I sharing nothing, as a quantized
 * topology: positions are delta-encoded integers, scaled by 0.01° from (-0.12, 51.48).
 */
function topology(objectName = 'zones', extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    type: 'Topology',
    transform: { scale: [0.01, 0.01], translate: [-0.12, 51.48] },
    objects: {
      ...extra,
      [objectName]: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', arcs: [[0, 1]], id: 'Alpha' },
          { type: 'Polygon', arcs: [[2, -1]], id: 'Beta' },
          { type: 'Polygon', arcs: [[3]], id: 'Island' },
        ],
      },
    },
    arcs: [
      [[2, 2], [0, 2]],
      [[2, 4], [-2, 0], [0, -2], [2, 0]],
      [[2, 2], [2, 0], [0, 2], [-2, 0]],
      [[6, 0], [1, 0], [0, 1], [-1, 0], [0, -1]],
    ],
  });
}

const TOPO_ZONES_CSV = 'id,name,force,boundary_key\nA,Zone A,Met,Alpha\nB,Zone B,Met,Beta\nI,Island,Met,Island\n';
const TOPO_RESIDENTS = 'zone_id,residents\nA,1\nB,2\nI,3\n';
const TOPO_BASE = {
  'zones.geojson': null,
  'zones.topojson': topology(),
  'zones.csv': TOPO_ZONES_CSV,
  'residents.csv': TOPO_RESIDENTS,
  'flows.csv': 'origin,destination,count\nA,B,1\n',
  'stations.csv': null,
  'station_profiles.csv': null,
  'risk.csv': null,
};

describe('zone geometry', () => {
  it('rejects geometry that is not a Polygon or MultiPolygon', async () => {
    const zones = geojsonWith((f) => {
      f[1].geometry = { type: 'LineString', coordinates: [[0, 0], [1, 1]] };
      f[2].geometry = null;
    });
    expect(await tinyErrors({ 'zones.geojson': zones })).toEqual([
      'zones.geojson: feature 2 (id "B"): geometry is LineString, not Polygon or MultiPolygon',
      'zones.geojson: feature 3 (id "C"): has no geometry',
    ]);
  });

  it('rejects malformed polygon coordinates', async () => {
    const zones = geojsonWith((f) => (f[0].geometry = { type: 'Polygon', coordinates: [[[0, 0], [1, 1]]] }));
    expect(await tinyErrors({ 'zones.geojson': zones })).toEqual([
      'zones.geojson: feature 1 (id "A"): Polygon coordinates are not rings of at least 4 [longitude, latitude] positions',
    ]);
  });

  it('recognises British National Grid metres and says so once', async () => {
    const bng = geojsonWith((features) => {
      features.forEach((f, i) => (f.geometry = { type: 'Polygon', coordinates: square(530000 + i * 1000, 180000, 1000) }));
    });
    expect(await tinyErrors({ 'zones.geojson': bng })).toEqual([
      'zones.geojson: feature 1 (id "A") has coordinates (530000, 180000): they look like British National Grid metres (EPSG:27700), not longitude/latitude degrees; convert the zones to WGS84 longitude/latitude (EPSG:4326) (and 3 more features like it)',
    ]);
  });

  it('rejects other coordinates outside the degree ranges', async () => {
    const zones = geojsonWith((f) => (f[3].geometry = { type: 'Polygon', coordinates: square(-0.1, 95) }));
    expect(await tinyErrors({ 'zones.geojson': zones })).toEqual([
      'zones.geojson: feature 4 (id "D") has coordinates (-0.1, 95): they are outside longitude -180..180 / latitude -90..90, so not longitude/latitude degrees; convert the zones to WGS84 longitude/latitude (EPSG:4326)',
    ]);
  });

  it('reports invalid JSON', async () => {
    expect(await tinyErrors({ 'zones.geojson': '{"type": "FeatureCollection", "features": [' })).toEqual([
      'zones.geojson line 1: not valid JSON: column 44, found the end of the file',
    ]);
  });

  it('gives the line and column of a JSON error', async () => {
    expect(await tinyErrors({ 'zones.geojson': '{\n"type": "FeatureCollection",\n"features": [] "x"\n}' })).toEqual([
      'zones.geojson line 3: not valid JSON: column 16, found "\\"x\\""',
    ]);
  });

  it('rejects JSON that is neither GeoJSON nor TopoJSON, and empty collections', async () => {
    expect(await tinyErrors({ 'zones.geojson': '{"type": "Point", "coordinates": [0, 0]}' })).toEqual([
      'zones.geojson: expected a GeoJSON FeatureCollection or a TopoJSON Topology, found type "Point"',
    ]);
    expect(await tinyErrors({ 'zones.geojson': '{"type": "FeatureCollection", "features": []}' })).toContain(
      'zones.geojson: has no zone features',
    );
  });

  it('rejects duplicate zone ids and features without id or name', async () => {
    const zones = geojsonWith((f) => {
      (f[1].properties as Record<string, unknown>).id = 'A';
      delete (f[2].properties as Record<string, unknown>).id;
      delete (f[3].properties as Record<string, unknown>).name;
    });
    expect(await tinyErrors({ 'zones.geojson': zones, 'residents.csv': 'zone_id,residents\nA,1\nD,1\n', 'flows.csv': 'origin,destination,count\n', 'external.csv': null, 'stations.csv': null, 'station_profiles.csv': null, 'risk.csv': null })).toEqual([
      'zones.geojson: feature 2 (id "A"): id "A" is also used by feature 1',
      'zones.geojson: feature 3: has no id (feature.id or properties.id)',
      'zones.geojson: feature 4 (id "D"): has no properties.name (or give names in zones.csv)',
    ]);
  });

  it('takes feature.id before properties.id, and numeric ids as text', async () => {
    const zones = geojsonWith((f) => {
      f[0].id = 7;
    });
    const r = await loadTiny({ 'zones.geojson': zones, 'residents.csv': 'zone_id,residents\n7,1\nB,2\nC,3\nD,4\n', 'flows.csv': 'origin,destination,count\n7,B,1\n', 'risk.csv': null });
    expect(errorsOf(r)).toEqual([]);
    expect(r.ok && r.dataset.zones.ids).toEqual(['7', 'B', 'C', 'D']);
  });

  it('measures a MultiPolygon whole and labels its largest part', async () => {
    const zones = geojsonWith((f) => {
      f[0].geometry = { type: 'MultiPolygon', coordinates: [square(-0.12, 51.5, 0.005), square(-0.12, 51.6)] };
    });
    const r = await loadTiny({ 'zones.geojson': zones, 'stations.csv': null, 'station_profiles.csv': null });
    if (!r.ok) throw new Error(errorsOf(r).join('\n'));
    const z = r.dataset.zones;
    expect(z.areaKm2[0]).toBeCloseTo(z.areaKm2[1] * (1 + 1 / 16), 1);
    expect(z.labelLon[0]).toBeCloseTo(-0.11, 6);
    expect(z.labelLat[0]).toBeCloseTo(51.61, 6);
  });
});

describe('zones.csv', () => {
  const ZONES_CSV = 'id,name,force\nA,Alpha,Met\nB,Beta,Met\nC,Gamma,City\nD,Delta,Met\n';

  it('is the authority for names and forces, joined by id', async () => {
    const r = await loadTiny({ 'zones.csv': ZONES_CSV });
    expect(errorsOf(r)).toEqual([]);
    expect(r.ok && r.dataset.zones.names).toEqual(['Alpha', 'Beta', 'Gamma', 'Delta']);
    expect(r.ok && r.dataset.zones.forces).toEqual(['Met', 'Met', 'City', 'Met']);
  });

  it('decides the zone order', async () => {
    const r = await loadTiny({ 'zones.csv': 'id,name\nD,Delta\nC,Gamma\nB,Beta\nA,Alpha\n' });
    expect(r.ok && r.dataset.zones.ids).toEqual(['D', 'C', 'B', 'A']);
    expect(r.ok && Array.from(r.dataset.residents)).toEqual([500, 1500, 2000, 1000]);
    expect(r.ok && Array.from(r.dataset.stations.zone)).toEqual([3, 0]);
  });

  it('rejects duplicate ids, rows matching no geometry, and geometry no row claims', async () => {
    const csv = 'id,name,force,boundary_key\nA,Alpha,Met,A\nA,Again,Met,B\nC,Gamma,Met,Cc\nD,Delta,Met,A\n';
    expect(await tinyErrors({ 'zones.csv': csv })).toEqual([
      'zones.csv line 3, column "id": "A" is already used on line 2',
      'zones.csv line 4, column "boundary_key": "Cc" matches no feature in zones.geojson (closest: "C")',
      'zones.csv line 5, column "boundary_key": "A" is already joined to the zone on line 2',
      'zones.geojson: feature 2 (id "B") is not claimed by any row of zones.csv (column "boundary_key")',
      'zones.geojson: feature 3 (id "C") is not claimed by any row of zones.csv (column "boundary_key")',
      'zones.geojson: feature 4 (id "D") is not claimed by any row of zones.csv (column "boundary_key")',
      'residents.csv line 3, column "zone_id": "B" is not a zone id',
      'flows.csv line 3, column "destination": "B" is not a zone id or an id in external.csv',
      'flows.csv line 4, column "destination": "B" is not a zone id or an id in external.csv',
      'flows.csv line 6, column "origin": "B" is not a zone id or an id in external.csv',
      'risk.csv line 3, column "zone_id": "B" is not a zone id',
    ]);
  });

  it('still checks references against its ids when the geometry is unusable', async () => {
    expect(await tinyErrors({ 'zones.csv': ZONES_CSV, 'zones.geojson': '[]', 'residents.csv': 'zone_id,residents\nA,1\nB,2\nC,3\nD,4\nX,5\n' })).toEqual([
      'zones.geojson: expected a GeoJSON FeatureCollection or a TopoJSON Topology',
      'residents.csv line 6, column "zone_id": "X" is not a zone id',
    ]);
  });
});

describe('TopoJSON zones', () => {
  it('loads the "zones" object, joined through zones.csv, with arc-sharing neighbours', async () => {
    const r = await loadTiny(TOPO_BASE);
    if (!r.ok) throw new Error(errorsOf(r).join('\n'));
    const d = r.dataset;
    expect(d.zones.ids).toEqual(['A', 'B', 'I']);
    expect(Array.from(d.adjacency.offsets)).toEqual([0, 1, 2, 2]);
    expect(Array.from(d.adjacency.neighbours)).toEqual([1, 0]);
    expect(d.zones.areaKm2[0]).toBeCloseTo(2.224 * 1.384, 1);
    expect(d.zones.labelLon[0]).toBeCloseTo(-0.11, 6);
    expect(d.zones.labelLat[2]).toBeCloseTo(51.485, 6);
  });

  it('prefers the object named "zones", else takes the first', async () => {
    const other = { decoy: { type: 'GeometryCollection', geometries: [] } };
    expect((await loadTiny({ ...TOPO_BASE, 'zones.topojson': topology('zones', other) })).ok).toBe(true);
    expect((await loadTiny({ ...TOPO_BASE, 'zones.topojson': topology('boroughs') })).ok).toBe(true);
  });

  it('uses the object dataset.json names in "topojsonObject"', async () => {
    const other = { decoy: { type: 'GeometryCollection', geometries: [] } };
    const manifest = (name: string) => JSON.stringify({ topojsonObject: name });
    const files = { ...TOPO_BASE, 'zones.topojson': topology('boroughs', other) };
    expect((await loadTiny({ ...files, 'dataset.json': manifest('boroughs') })).ok).toBe(true);
    expect(await tinyErrors({ ...files, 'dataset.json': manifest('wards') })).toEqual([
      'zones.topojson: the TopoJSON topology has no object "wards" (named by dataset.json "topojsonObject"); it has "decoy", "boroughs"',
    ]);
  });
});

describe('dataset.json boundaries', () => {
  const withManifest = (boundaries: string) => ({ ...TOPO_BASE, 'zones.topojson': null, 'dataset.json': JSON.stringify({ boundaries }) });

  it('names a file among the given ones', async () => {
    const r = await loadTiny({ ...withManifest('shapes.json'), 'shapes.json': topology() });
    expect(errorsOf(r)).toEqual([]);
  });

  it('resolves npm: references through resolveBoundaries', async () => {
    const asked: string[] = [];
    const resolveBoundaries = (ref: string) => {
      asked.push(ref);
      return Promise.resolve(sourceFromText('boroughs.json', topology()));
    };
    const r = await loadTiny(withManifest('npm:some-package/data/boroughs.json'), { resolveBoundaries });
    expect(errorsOf(r)).toEqual([]);
    expect(asked).toEqual(['npm:some-package/data/boroughs.json']);
  });

  it('explains an npm: reference it cannot follow, or one that fails', async () => {
    expect(await tinyErrors(withManifest('npm:pkg/x.json'))).toEqual([
      'dataset.json: "boundaries" is "npm:pkg/x.json", but npm references need LoadOptions.resolveBoundaries',
    ]);
    const resolveBoundaries = () => Promise.reject(new Error('not installed'));
    expect(await tinyErrors(withManifest('npm:pkg/x.json'), { resolveBoundaries })).toEqual([
      'dataset.json: "boundaries" file "npm:pkg/x.json" could not be loaded (not installed)',
    ]);
    expect(await tinyErrors(withManifest('nowhere.json'))).toEqual([
      'dataset.json: "boundaries" is "nowhere.json", but no such file was given',
    ]);
  });

  it('overrides a zones file in the folder, with a warning', async () => {
    const r = await loadTiny({ ...withManifest('shapes.json'), 'shapes.json': topology(), 'zones.geojson': zonesGeojson() });
    expect(errorsOf(r)).toEqual([]);
    expect(warningsOf(r)).toEqual(['zones.geojson: ignored: dataset.json names "shapes.json" as the boundaries']);
  });

  it('rejects a manifest that is not a JSON object with string fields', async () => {
    expect(await tinyErrors({ 'dataset.json': '["Tiny"]' })).toEqual([
      'dataset.json: expected a JSON object like {"name": "...", "boundaries": "..."}',
    ]);
    expect(await tinyErrors({ 'dataset.json': '{"name": 3}' })).toEqual(['dataset.json: "name" must be a string, found 3']);
    expect(await tinyErrors({ 'dataset.json': '{"name": "x",}' })).toHaveLength(1);
  });
});

describe('zone files in the folder', () => {
  it('uses zones.geojson before zones.topojson, with a warning', async () => {
    const r = await loadDataset([...tinyFiles(), sourceFromText('zones.topojson', topology())]);
    expect(r.ok).toBe(true);
    expect(warningsOf(r)).toEqual(['zones.topojson: ignored: zones.geojson is used for the zones']);
  });
});
