/**
 * The committed London default dataset (data/) is internally consistent and reproduces the published
 * workday-population figures. Reads the CSVs directly with papaparse (independent of src/io).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = path.join(root, 'data');

function readCsv(name: string): Record<string, string>[] {
  const text = fs.readFileSync(path.join(dataDir, name), 'utf8');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`${name}: ${parsed.errors[0].message} (row ${parsed.errors[0].row})`);
  return parsed.data;
}

const zones = readCsv('zones.csv');
const residents = readCsv('residents.csv');
const external = readCsv('external.csv');
const flows = readCsv('flows.csv');
const stations = readCsv('stations.csv');
const profiles = readCsv('station_profiles.csv');
const risk = readCsv('risk.csv');

const WANDSWORTH = 'E09000032';
const TOWER_HAMLETS = 'E09000030';

/** Census workday population, the same rule as src/model/workday.ts: residents - out + in over origin != destination. */
function workday(): Map<string, number> {
  const w = new Map(residents.map((r) => [r.zone_id, Number(r.residents)]));
  for (const f of flows) {
    if (f.origin === f.destination) continue;
    const n = Number(f.count);
    if (w.has(f.origin)) w.set(f.origin, w.get(f.origin)! - n);
    if (w.has(f.destination)) w.set(f.destination, w.get(f.destination)! + n);
  }
  return w;
}

function residentsOf(id: string): number {
  return Number(residents.find((r) => r.zone_id === id)!.residents);
}

function within(actual: number, target: number, tolerance: number): boolean {
  return Math.abs(actual - target) <= Math.abs(target) * tolerance;
}

describe('London default dataset (data/)', () => {
  it('has the 33 London local authorities E09000001..E09000033', () => {
    const expected = Array.from({ length: 33 }, (_, i) => `E0900${String(i + 1).padStart(4, '0')}`);
    expect(zones.map((z) => z.id)).toEqual(expected);
    expect(new Set(zones.map((z) => z.name)).size).toBe(33);
  });

  it('gives the City of London to the City of London Police and the rest to the Met', () => {
    expect(zones.find((z) => z.id === 'E09000001')!.force).toBe('City of London Police');
    expect(zones.filter((z) => z.force === 'Metropolitan Police Service')).toHaveLength(32);
  });

  it('joins every zone to a geometry of the vega-datasets London boroughs', () => {
    const file = path.join(root, 'node_modules/vega-datasets/data/londonBoroughs.json');
    const topology = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      objects: Record<string, { geometries: { id?: string | number }[] }>;
    };
    const ids = new Set(Object.values(topology.objects).flatMap((o) => o.geometries.map((g) => String(g.id))));
    for (const z of zones) expect(ids.has(z.boundary_key), `${z.id} boundary_key "${z.boundary_key}"`).toBe(true);
    expect(new Set(zones.map((z) => z.boundary_key)).size).toBe(33);
  });

  it('has Census 2011 usual residents for every zone', () => {
    expect(residents.map((r) => r.zone_id)).toEqual(zones.map((z) => z.id));
    expect(residentsOf(WANDSWORTH)).toBe(306995);
    expect(residents.reduce((a, r) => a + Number(r.residents), 0)).toBe(8173941);
  });

  it('reproduces the workday population figures within 1.5%', () => {
    const w = workday();
    const wandsworthNet = w.get(WANDSWORTH)! - residentsOf(WANDSWORTH);
    const towerHamletsNet = w.get(TOWER_HAMLETS)! - residentsOf(TOWER_HAMLETS);
    const london = [...w.values()].reduce((a, b) => a + b, 0);
    expect(within(wandsworthNet, -60730, 0.015), `Wandsworth net ${wandsworthNet}`).toBe(true);
    expect(within(towerHamletsNet, 114381, 0.015), `Tower Hamlets net ${towerHamletsNet}`).toBe(true);
    expect(london).toBeGreaterThanOrEqual(8.68e6 * 0.985);
    expect(london).toBeLessThanOrEqual(8.69e6 * 1.015);
  });

  it('has flows with unique pairs, whole counts and known endpoints', () => {
    const known = new Set([...zones.map((z) => z.id), ...external.map((e) => e.id)]);
    const pairs = new Set<string>();
    for (const f of flows) {
      const key = `${f.origin}>${f.destination}`;
      expect(pairs.has(key), `duplicate pair ${key}`).toBe(false);
      pairs.add(key);
      expect(known.has(f.origin), `origin ${f.origin}`).toBe(true);
      expect(known.has(f.destination), `destination ${f.destination}`).toBe(true);
      expect(Number.isInteger(Number(f.count)) && Number(f.count) > 0, `count ${f.count}`).toBe(true);
    }
  });

  it('has station profiles only for listed stations, four day types each way, with 96 quarter-hour columns', () => {
    const ids = new Set(stations.map((s) => s.id));
    expect(ids.size).toBe(stations.length);
    const rows = new Set<string>();
    for (const p of profiles) {
      expect(ids.has(p.station_id), `profile station ${p.station_id}`).toBe(true);
      expect(['in', 'out']).toContain(p.direction);
      expect(['mon-thu', 'friday', 'saturday', 'sunday']).toContain(p.day_type);
      rows.add(`${p.station_id} ${p.day_type} ${p.direction}`);
    }
    expect(rows.size).toBe(profiles.length);
    expect(profiles).toHaveLength(stations.length * 8);
    expect(Object.keys(profiles[0])).toHaveLength(3 + 96);
    expect(Object.keys(profiles[0])[3]).toBe('00:00');
    expect(Object.keys(profiles[0])[98]).toBe('23:45');
  });

  it('has stations from TfL 2019 only: every quarter-hour profile sums to its station\'s daily total', () => {
    const column = { 'mon-thu': 'weekday', friday: 'friday', saturday: 'saturday', sunday: 'sunday' } as Record<string, string>;
    const byId = new Map(stations.map((s) => [s.id, s]));
    for (const p of profiles) {
      const sum = Object.entries(p).filter(([k]) => /^\d\d:\d\d$/.test(k)).reduce((a, [, v]) => a + Number(v), 0);
      expect(sum, `${p.station_id} ${p.day_type} ${p.direction}`).toBe(Number(byId.get(p.station_id)![`${column[p.day_type]}_${p.direction}`]));
    }
    expect(stations.every((s) => /^\d+$/.test(s.id) && s.zone_id.startsWith('E090000'))).toBe(true);
  });

  it('splits the City of London and Westminster as ONS published: the City 56-fold (within 2%), Westminster under 3-fold', () => {
    const w = workday();
    const city = w.get('E09000001')! / residentsOf('E09000001');
    const westminster = w.get('E09000033')! / residentsOf('E09000033');
    expect(Math.abs(city - 56) / 56).toBeLessThanOrEqual(0.02);
    expect(westminster).toBeLessThan(3);
    expect(westminster).toBeGreaterThan(2.5);
    // The merged total of the source (City + Westminster, Census 2011 OD tables) is unchanged by the split.
    expect(w.get('E09000001')! + w.get('E09000033')!).toBe(1050760);
  });

  it('has recorded crime for the 32 Met boroughs in 2015 and 2019', () => {
    for (const year of ['2015', '2019']) {
      const rows = risk.filter((r) => r.year === year);
      expect(rows).toHaveLength(32);
      expect(rows.some((r) => r.zone_id === 'E09000001')).toBe(false);
    }
    expect(risk.find((r) => r.year === '2019' && r.zone_id === 'E09000033')!.crimes).toBe('82897');
  });
});
