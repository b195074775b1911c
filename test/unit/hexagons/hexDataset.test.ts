import { describe, expect, it } from 'vitest';
import { TOTALS_STRIDE } from '../../../src/model/dataset.ts';
import { arrivedCommuters } from '../../../src/model/arrivedCommuters.ts';
import { hexDataset } from '../../../src/model/hexagons/hexDataset.ts';
import { partWeights } from '../../../src/model/hexagons/partWeights.ts';
import { riskRate } from '../../../src/model/riskRate.ts';
import { workdayPopulation } from '../../../src/model/workday.ts';
import { slotOf, SLOTS_PER_WEEK } from '../../../src/model/time.ts';
import { londonHexagons, WESTMINSTER } from './londonHexagons.ts';

describe('hexDataset: London boroughs spread over 1 km hexagons', { timeout: 30_000 }, () => {
  it('in every slot of the week the hexagons hold exactly the boroughs\' people present (to 1e-6)', async () => {
    const { data, people, grid, hexes } = await londonHexagons();
    const n = data.zones.count;
    const H = grid.count;
    expect(hexes.people.present).toHaveLength(SLOTS_PER_WEEK * H);
    for (let s = 0; s < SLOTS_PER_WEEK; s++) {
      let boroughs = 0;
      let hexagons = 0;
      for (let z = 0; z < n; z++) boroughs += people.present[s * n + z];
      for (let h = 0; h < H; h++) hexagons += hexes.people.present[s * H + h];
      expect(Math.abs(hexagons - boroughs), `slot ${s}`).toBeLessThan(1e-6);
    }
  });

  it('conserves each borough: its parts\' weights for residents at home and for arrivals each add up to 1', async () => {
    const { data, grid } = await londonHexagons();
    const w = partWeights(grid, data);
    const area = new Float64Array(data.zones.count);
    const arrivals = new Float64Array(data.zones.count);
    for (let k = 0; k < grid.partZone.length; k++) {
      area[grid.partZone[k]] += w.area[k];
      arrivals[grid.partZone[k]] += w.arrivals[k];
    }
    for (let z = 0; z < data.zones.count; z++) {
      expect(area[z]).toBeCloseTo(1, 12);
      expect(arrivals[z]).toBeCloseTo(1, 12);
    }
  });

  it('spreads arrivals half by area and half by station exits; by area alone where a borough has no stations', async () => {
    const { data, grid } = await londonHexagons();
    const w = partWeights(grid, data);
    const hasStation = new Set<number>();
    for (let i = 0; i < data.stations.count; i++) if (data.stations.zone[i] >= 0) hasStation.add(grid.stationHex[i] * 1000 + data.stations.zone[i]);
    let withoutStations = 0;
    for (let h = 0; h < grid.count; h++) {
      for (let k = grid.partOffsets[h]; k < grid.partOffsets[h + 1]; k++) {
        const z = grid.partZone[k];
        const zoneHasStations = data.stations.zone.includes(z);
        if (!zoneHasStations) {
          withoutStations++;
          expect(w.arrivals[k]).toBe(w.area[k]);
        } else if (!hasStation.has(h * 1000 + z)) expect(w.arrivals[k]).toBeCloseTo(0.5 * w.area[k], 15);
        else expect(w.arrivals[k]).toBeGreaterThan(0.5 * w.area[k]);
      }
    }
    expect(withoutStations).toBeGreaterThan(0);
  });

  it('at 03:00 people are where residents live (by area); at Monday noon arrivals lean toward stations', async () => {
    const { data, people, grid, hexes } = await londonHexagons();
    const H = grid.count;
    const night = slotOf('Mon', '03:00');
    const noon = slotOf('Mon', '12:00');
    // Nobody is at work at 03:00, so each hexagon holds its residents.
    for (let h = 0; h < H; h++) expect(hexes.people.present[night * H + h]).toBeCloseTo(hexes.data.residents[h], 6);
    // The hexagon of Westminster's busiest station (by weekday exits) gains more people per km² by day
    // than Westminster does as a whole: arrivals lean toward stations. (With TfL's 2019 counts Westminster's
    // exits spread over 33 stations, so the busiest one's hexagon gains 1.5x, not more.)
    const wm = data.zones.ids.indexOf(WESTMINSTER);
    const n = data.zones.count;
    let busiest = -1;
    for (let i = 0; i < data.stations.count; i++) {
      if (data.stations.zone[i] !== wm) continue;
      if (busiest < 0 || data.stations.totals[i * TOTALS_STRIDE + 1] > data.stations.totals[busiest * TOTALS_STRIDE + 1]) busiest = i;
    }
    const h = grid.stationHex[busiest];
    const hexGain = (hexes.people.present[noon * H + h] - hexes.people.present[night * H + h]) / hexes.data.zones.areaKm2[h];
    const boroughGain = (people.present[noon * n + wm] - people.present[night * n + wm]) / data.zones.areaKm2[wm];
    expect(hexGain).toBeGreaterThan(1.4 * boroughGain);
    // The arrivals term matches presence.ts: arrived commuters never exceed people present.
    const arrived = arrivedCommuters(data, people.phase);
    for (let z = 0; z < data.zones.count; z++) expect(arrived[noon * data.zones.count + z]).toBeLessThanOrEqual(people.present[noon * data.zones.count + z]);
  });

  it('each hexagon inside one borough keeps that borough\'s ambient crime rate; crimes are shared out in full', async () => {
    const { data, people, grid, hexes } = await londonHexagons();
    const H = grid.count;
    expect(hexes.data.risk?.years).toEqual(data.risk?.years);
    for (const year of data.risk!.years) {
      const boroughs = riskRate(data, people.present, year);
      const hexRates = riskRate(hexes.data, hexes.people.present, year);
      let single = 0;
      for (let h = 0; h < H; h++) {
        if (grid.partOffsets[h + 1] - grid.partOffsets[h] !== 1) continue;
        single++;
        expect(hexRates.perPerson[h] / boroughs.perPerson[grid.majority[h]], hexes.data.zones.names[h]).toBeCloseTo(1, 9);
      }
      expect(single).toBeGreaterThan(H / 2);
      const y = data.risk!.years.indexOf(year);
      // Recorded crime, with the City of London (no MPS figure) at the average rate, as riskRate imputes it.
      let recorded = 0;
      for (let z = 0; z < data.zones.count; z++) {
        let mean = 0;
        for (let s = 0; s < SLOTS_PER_WEEK; s++) mean += people.present[s * data.zones.count + z] / SLOTS_PER_WEEK;
        recorded += boroughs.perPerson[z] * mean;
      }
      const shared = hexes.data.risk!.values.subarray(y * H, (y + 1) * H).reduce((a, b) => a + b, 0);
      expect(shared / recorded).toBeCloseTo(1, 9);
    }
  });

  it('keeps residents, stations\' footfall and names: hexagon ids "H0001", named after the majority borough', async () => {
    const { data, people, grid, hexes } = await londonHexagons();
    const n = data.zones.count;
    const H = grid.count;
    expect(hexes.data.residents.reduce((a, b) => a + b, 0)).toBeCloseTo(data.residents.reduce((a, b) => a + b, 0), 4);
    const noon = slotOf('Mon', '12:00');
    const sum = (a: Float64Array, from: number, count: number) => a.subarray(from, from + count).reduce((x, y) => x + y, 0);
    expect(sum(hexes.people.footfall, noon * H, H)).toBeCloseTo(sum(people.footfall, noon * n, n), 4);
    expect(hexes.data.zones.ids[0]).toBe('H0001');
    expect(hexes.data.zones.ids[122]).toBe('H0123');
    expect(hexes.data.zones.names[122]).toBe(`Hexagon 123 (${data.zones.names[grid.majority[122]]})`);
    expect(hexes.data.zones.forces[122]).toBe(data.zones.forces[grid.majority[122]]);
    expect(hexes.data.flows.count).toHaveLength(0);
    expect(hexes.workday.reduce((a, b) => a + b, 0)).toBeCloseTo(workdayPopulation(data).reduce((a, b) => a + b, 0), 4);
  });

  it('is deterministic', async () => {
    const { data, people, grid, hexes } = await londonHexagons();
    const again = hexDataset(data, people, grid);
    expect(again.people.present).toEqual(hexes.people.present);
    expect(again.data.risk).toEqual(hexes.data.risk);
    expect(again.data.residents).toEqual(hexes.data.residents);
  });
});
