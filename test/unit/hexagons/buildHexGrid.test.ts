import { area, distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { buildHexGrid } from '../../../src/io/hexGrid/buildHexGrid.ts';
import { insideConvex } from '../../../src/io/hexGrid/insideConvex.ts';
import { CITY, londonHexagons, WESTMINSTER } from './londonHexagons.ts';

describe('buildHexGrid over London (1 km sides)', { timeout: 30_000 }, () => {
  it('covers London with 694 hexagons whose overlaps add up to every borough\'s area', async () => {
    const { data, grid } = await londonHexagons();
    expect(grid.count).toBe(694);
    expect(grid.polygons).toHaveLength(694);
    const covered = new Float64Array(data.zones.count);
    for (let k = 0; k < grid.partZone.length; k++) covered[grid.partZone[k]] += grid.partKm2[k];
    for (let z = 0; z < data.zones.count; z++) {
      // To 1 part in 100,000 (under 1,000 m² in a borough): the exact overlay snaps borough edges slightly.
      expect(Math.abs(covered[z] / data.zones.areaKm2[z] - 1), data.zones.names[z]).toBeLessThan(1e-5);
    }
    // Every hexagon kept overlaps some borough, and its overlaps add up to no more than the hexagon (2.6 km²).
    for (let h = 0; h < grid.count; h++) {
      expect(grid.partOffsets[h + 1]).toBeGreaterThan(grid.partOffsets[h]);
      const parts = grid.partKm2.subarray(grid.partOffsets[h], grid.partOffsets[h + 1]).reduce((a, b) => a + b, 0);
      expect(parts).toBeLessThanOrEqual(area(grid.polygons[h]) / 1e6 + 1e-4); // borough outlines overlap by a few m²
    }
    expect(area(grid.polygons[0]) / 1e6).toBeCloseTo((3 * Math.sqrt(3)) / 2, 1);
  });

  it('puts every station in a borough in exactly one hexagon, one that holds part of that borough', async () => {
    const { data, grid } = await londonHexagons();
    let placed = 0;
    for (let i = 0; i < data.stations.count; i++) {
      const z = data.stations.zone[i];
      const h = grid.stationHex[i];
      if (z < 0) {
        expect(h).toBe(-1);
        continue;
      }
      placed++;
      const p = [data.stations.lon[i], data.stations.lat[i]];
      const containing = grid.polygons.flatMap((poly, g) => (insideConvex(p, poly.coordinates[0]) ? [g] : []));
      expect(containing, data.stations.names[i]).toEqual([h]);
      const zones = Array.from(grid.partZone.subarray(grid.partOffsets[h], grid.partOffsets[h + 1]));
      expect(zones).toContain(z);
    }
    expect(placed).toBeGreaterThan(250);
  });

  it('names a majority borough for each hexagon, the City of London included', async () => {
    const { data, grid } = await londonHexagons();
    const city = data.zones.ids.indexOf(CITY);
    const westminster = data.zones.ids.indexOf(WESTMINSTER);
    const count = (z: number) => grid.majority.filter((m) => m === z).length;
    expect(count(city)).toBeGreaterThanOrEqual(1);
    expect(count(westminster)).toBeGreaterThanOrEqual(5);
    for (let h = 0; h < grid.count; h++) {
      let best = 0;
      for (let k = grid.partOffsets[h]; k < grid.partOffsets[h + 1]; k++) best = Math.max(best, grid.partKm2[k]);
      const own = grid.partZone.subarray(grid.partOffsets[h], grid.partOffsets[h + 1]).indexOf(grid.majority[h]);
      expect(grid.partKm2[grid.partOffsets[h] + own]).toBe(best);
    }
    expect(grid.majority[grid.labelHex[westminster]]).toBe(westminster);
  });

  it('links hexagons that share an edge: centres 1.73 km apart, symmetric, at most six', async () => {
    const { grid } = await londonHexagons();
    const { offsets, neighbours } = grid.adjacency;
    let six = 0;
    for (let h = 0; h < grid.count; h++) {
      const list = Array.from(neighbours.subarray(offsets[h], offsets[h + 1]));
      expect(list.length).toBeLessThanOrEqual(6);
      if (list.length === 6) six++;
      for (const g of list) {
        expect(Array.from(neighbours.subarray(offsets[g], offsets[g + 1]))).toContain(h);
        const km = distance([grid.centerLon[h], grid.centerLat[h]], [grid.centerLon[g], grid.centerLat[g]], { units: 'kilometers' });
        expect(km).toBeCloseTo(Math.sqrt(3), 1);
      }
    }
    expect(six / grid.count).toBeGreaterThan(0.75);
  });

  it('is deterministic, and coarser cells give fewer hexagons', async () => {
    const { data, geometries, grid } = await londonHexagons();
    const again = buildHexGrid(data, geometries, 1);
    expect(again.partZone).toEqual(grid.partZone);
    expect(again.partKm2).toEqual(grid.partKm2);
    expect(again.stationHex).toEqual(grid.stationHex);
    expect(again.polygons).toEqual(grid.polygons);
    const coarse = buildHexGrid(data, geometries, 3);
    expect(coarse.count).toBeLessThan(grid.count / 5);
    expect(coarse.cellKm).toBe(3);
  });
});
