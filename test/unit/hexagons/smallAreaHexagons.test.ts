import { area, featureCollection, feature, intersect, polygon } from '@turf/turf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildHexGrid, type HexGrid } from '../../../src/io/hexGrid/buildHexGrid.ts';
import { convexClipArea } from '../../../src/io/hexGrid/convexClipArea.ts';
import { loadDataset } from '../../../src/io/loadDataset.ts';
import { readDatasetDir } from '../../../src/io/readDatasetDir.ts';
import { smallAreaReader } from '../../../src/io/smallAreaReader.ts';
import { arrivedCommuters } from '../../../src/model/arrivedCommuters.ts';
import type { Dataset } from '../../../src/model/dataset.ts';
import { hexDataset, type HexDataset } from '../../../src/model/hexagons/hexDataset.ts';
import type { SmallAreas } from '../../../src/model/hexagons/smallAreas.ts';
import { riskRate } from '../../../src/model/riskRate.ts';
import { peopleInputs, type PeopleInputs } from '../../../src/model/scenarioInputs.ts';
import { SLOTS_PER_WEEK } from '../../../src/model/time.ts';

interface Layered {
  data: Dataset;
  people: PeopleInputs;
  small: SmallAreas;
  grid: HexGrid;
  hexes: HexDataset;
  plain: { grid: HexGrid; hexes: HexDataset };
}

let cached: Promise<Layered> | null = null;

/** London with its LSOA layer (data/small_areas.*) read the way the engine reads it, on 1 km hexagons. */
function london(): Promise<Layered> {
  cached ??= (async () => {
    const { files, resolveBoundaries } = await readDatasetDir('data');
    const r = await loadDataset(files, { resolveBoundaries });
    if (!r.ok) throw new Error('default data failed to load');
    const layer = await smallAreaReader(r.smallAreas, r.dataset.zones.ids, files, resolveBoundaries)();
    if (!layer?.ok) throw new Error('small areas failed to load');
    const people = peopleInputs(r.dataset);
    const grid = buildHexGrid(r.dataset, r.geometries, 1, { zone: layer.areas.zone, polygons: layer.polygons });
    const plainGrid = buildHexGrid(r.dataset, r.geometries, 1);
    return {
      data: r.dataset, people, small: layer.areas, grid,
      hexes: hexDataset(r.dataset, people, grid, layer.areas),
      plain: { grid: plainGrid, hexes: hexDataset(r.dataset, people, plainGrid) },
    };
  })();
  return cached;
}

describe('hexagons from small areas (the LSOA layer)', { timeout: 60_000 }, () => {
  it('loads the 4,835 LSOAs, each in a borough, with residents summing to every borough\'s exactly', async () => {
    const { data, small } = await london();
    expect(small.count).toBe(4835);
    const sums = new Float64Array(data.zones.count);
    for (let l = 0; l < small.count; l++) sums[small.zone[l]] += small.residents[l];
    expect(Array.from(sums)).toEqual(Array.from(data.residents));
    expect(small.years).toEqual([2015, 2019]);
  });

  it('keeps every borough\'s people exactly in every slot: its parts put back together give the borough', async () => {
    const { data, people, grid, hexes } = await london();
    const n = data.zones.count;
    const arrived = arrivedCommuters(data, people.phase);
    const { area, arrivals } = hexes.weights;
    const back = new Float64Array(n);
    for (let s = 0; s < SLOTS_PER_WEEK; s++) {
      back.fill(0);
      for (let k = 0; k < grid.partZone.length; k++) {
        const i = s * n + grid.partZone[k];
        back[grid.partZone[k]] += area[k] * (people.present[i] - arrived[i]) + arrivals[k] * arrived[i];
      }
      for (let z = 0; z < n; z++) expect(Math.abs(back[z] - people.present[s * n + z]), `slot ${s} zone ${z}`).toBeLessThan(1e-6);
    }
  });

  it('gives each hexagon the residents of the LSOA land in it (an independent sum over LSOAs)', async () => {
    const { grid, small, hexes } = await london();
    const p = grid.small!;
    const expected = new Float64Array(grid.count);
    for (let l = 0; l < small.count; l++) {
      for (let k = p.offsets[l]; k < p.offsets[l + 1]; k++) expected[p.hex[k]] += small.residents[l] * p.share[k];
    }
    for (let h = 0; h < grid.count; h++) expect(hexes.data.residents[h]).toBeCloseTo(expected[h], 6);
  });

  it('puts Bromley\'s people in its town centres rather than its green belt, where spreading by area could not', async () => {
    const { data, grid, hexes, plain } = await london();
    const bromley = data.zones.ids.indexOf('E09000006');
    const densities = (g: HexGrid, h: HexDataset) => {
      const out: number[] = [];
      for (let i = 0; i < g.count; i++) {
        if (g.majority[i] === bromley && g.partOffsets[i + 1] - g.partOffsets[i] === 1) out.push(h.data.residents[i] / h.data.zones.areaKm2[i]);
      }
      return out.sort((a, b) => a - b);
    };
    const byArea = densities(plain.grid, plain.hexes);
    const byLsoa = densities(grid, hexes);
    expect(byArea[byArea.length - 1] / byArea[0]).toBeCloseTo(1, 6);
    expect(byLsoa[byLsoa.length - 1] / byLsoa[0]).toBeGreaterThan(10);
  });

  it('shares each borough\'s recorded crime out in full, like its LSOAs\' crime', async () => {
    const { data, people, hexes } = await london();
    for (const year of data.risk!.years) {
      const y = data.risk!.years.indexOf(year);
      const H = hexes.data.zones.count;
      const total = hexes.data.risk!.values.subarray(y * H, (y + 1) * H).reduce((a, b) => a + b, 0);
      // The City of London has no MPS figure and keeps the average rate, as riskRate imputes it.
      const rate = riskRate(data, people.present, year);
      const city = data.zones.ids.indexOf('E09000001');
      let meanCity = 0;
      for (let s = 0; s < SLOTS_PER_WEEK; s++) meanCity += people.present[s * data.zones.count + city] / SLOTS_PER_WEEK;
      let expected = rate.perPerson[city] * meanCity;
      for (let z = 0; z < data.zones.count; z++) if (Number.isFinite(data.risk!.values[y * data.zones.count + z])) expected += data.risk!.values[y * data.zones.count + z];
      expect(total / expected).toBeCloseTo(1, 9);
    }
  });
});

describe('convexClipArea', () => {
  it('agrees with turf\'s overlay and area on squares cut by a hexagon (within 0.5%, planar against spherical)', () => {
    const hex = Array.from({ length: 7 }, (_, i) => [-0.1 + 0.01 * Math.cos((i % 6) * Math.PI / 3), 51.5 + 0.006 * Math.sin((i % 6) * Math.PI / 3)]);
    fc.assert(
      fc.property(fc.double({ min: -0.12, max: -0.085, noNaN: true }), fc.double({ min: 51.49, max: 51.505, noNaN: true }), fc.double({ min: 0.002, max: 0.02, noNaN: true }), (x, y, d) => {
        const sq = [[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]];
        const ours = convexClipArea({ type: 'Polygon', coordinates: [sq] }, hex, 51.5);
        const overlap = intersect(featureCollection([feature(polygon([sq]).geometry), feature(polygon([hex]).geometry)]));
        const turf = overlap ? area(overlap) / 1e6 : 0;
        expect(Math.abs(ours - turf)).toBeLessThanOrEqual(0.005 * Math.max(turf, 1e-3));
      }),
      { numRuns: 60 },
    );
  });
});
