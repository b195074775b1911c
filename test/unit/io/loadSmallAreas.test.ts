import { describe, expect, it } from 'vitest';
import { loadSmallAreas } from '../../../src/io/loadSmallAreas.ts';
import { formatProblem } from '../../../src/io/problem.ts';
import { sourceFromText } from '../../../src/io/sourceFile.ts';
import { loadTiny, square } from './tinyDataset.ts';

const refs = { table: 'small_areas.csv', boundaries: 'small_areas.geojson', topojsonObject: null };
const geometry = (ids: string[]) => JSON.stringify({
  type: 'FeatureCollection',
  features: ids.map((id, i) => ({ type: 'Feature', properties: { id, name: id }, geometry: { type: 'Polygon', coordinates: square(-0.12 + 0.01 * i, 51.5, 0.01) } })),
});

async function load(table: string, ids = ['L1', 'L2']) {
  const files = new Map([['small_areas.csv', table], ['small_areas.geojson', geometry(ids)]]);
  return loadSmallAreas(refs, ['A', 'B', 'C', 'D'], async (name) => sourceFromText(name, files.get(name)!));
}

describe('loadSmallAreas', () => {
  it('reads the table and joins each area to its geometry; crimes_YYYY columns sorted by year, empty = unknown', async () => {
    const r = await load('id,zone_id,residents,workplace_weight,crimes_2019,crimes_2015\nL1,A,600,0.25,5,\nL2,A,400,0.75,7,3\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.areas.ids).toEqual(['L1', 'L2']);
    expect(Array.from(r.areas.zone)).toEqual([0, 0]);
    expect(r.areas.years).toEqual([2015, 2019]);
    expect(Array.from(r.areas.crimes)).toEqual([NaN, 3, 5, 7]);
    expect(r.polygons).toHaveLength(2);
  });

  it('names the file, line and column of a bad row, and the area a geometry is missing for', async () => {
    const bad = await load('id,zone_id,residents,workplace_weight\nL1,Z,600,0.25\nL2,A,-4,0.75\n');
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors.map(formatProblem)).toEqual([
        'small_areas.csv line 2, column "zone_id": "Z" is not a zone id',
        'small_areas.csv line 3, column "residents": "-4" is negative; expected a number >= 0',
      ]);
    }
    const missing = await load('id,zone_id,residents,workplace_weight\nL1,A,600,0.25\nL3,B,1,1\n');
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.errors.map(formatProblem)).toEqual(['small_areas.geojson: no geometry for small area "L3" of small_areas.csv']);
  });

  it('is named by dataset.json, which loadDataset checks but does not read', async () => {
    const manifest = JSON.stringify({ name: 'Tiny', smallAreas: { table: 'small_areas.csv', boundaries: 'small_areas.geojson' } });
    const r = await loadTiny({ 'dataset.json': manifest });
    expect(r.ok && r.smallAreas).toEqual({ table: 'small_areas.csv', boundaries: 'small_areas.geojson', topojsonObject: null });
    const wrong = await loadTiny({ 'dataset.json': JSON.stringify({ smallAreas: 'small_areas.csv' }) });
    expect(wrong.ok).toBe(false);
  });
});
