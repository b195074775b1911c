import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/io/loadDataset.ts';
import { sourceFromText, type SourceFile } from '../../../src/io/sourceFile.ts';
import { TOTAL_FRIDAY_IN, TOTAL_FRIDAY_OUT, TOTAL_SATURDAY_IN, TOTAL_WEEKDAY_IN, TOTAL_WEEKDAY_OUT, TOTALS_STRIDE, type Adjacency, type Dataset } from '../../../src/model/dataset.ts';
import { BASE, errorsOf, loadTiny, tinyFiles, warningsOf } from './tinyDataset.ts';

async function tiny(changes: Record<string, string | null> = {}): Promise<Dataset> {
  const r = await loadTiny(changes);
  if (!r.ok) throw new Error(errorsOf(r).join('\n'));
  return r.dataset;
}

function neighbours(a: Adjacency, z: number): number[] {
  return Array.from(a.neighbours.subarray(a.offsets[z], a.offsets[z + 1]));
}

describe('loadDataset on a valid tiny dataset', () => {
  it('loads with no problems', async () => {
    const r = await loadTiny();
    expect(errorsOf(r)).toEqual([]);
    expect(warningsOf(r)).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('reads the manifest and the zones in file order', async () => {
    const d = await tiny();
    expect(d.name).toBe('Tiny');
    expect(d.description).toBe('Four squares');
    expect(d.zones.count).toBe(4);
    expect(d.zones.ids).toEqual(['A', 'B', 'C', 'D']);
    expect(d.zones.names).toEqual(['Zone A', 'Zone B', 'Zone C', 'Zone D']);
    expect(d.zones.forces).toEqual(Array(4).fill('Test Police'));
  });

  it('names an unnamed dataset when there is no manifest', async () => {
    const d = await tiny({ 'dataset.json': null });
    expect(d.name).toBe('Unnamed dataset');
    expect(d.description).toBe('');
  });

  it('computes areas (0.02° squares at 51.5°N are about 3.07 km²) and label points inside', async () => {
    const r = await loadTiny();
    if (!r.ok) throw new Error();
    const { zones } = r.dataset;
    expect(zones.areaKm2).toBeInstanceOf(Float64Array);
    for (let z = 0; z < 4; z++) {
      expect(zones.areaKm2[z]).toBeCloseTo(2.224 * 1.384, 1);
      expect(booleanPointInPolygon([zones.labelLon[z], zones.labelLat[z]], r.geometries[z])).toBe(true);
    }
    expect(zones.labelLon[0]).toBeCloseTo(-0.11, 6);
    expect(zones.labelLat[0]).toBeCloseTo(51.51, 6);
    expect(r.geometries.map((g) => g.type)).toEqual(['Polygon', 'Polygon', 'Polygon', 'Polygon']);
  });

  it('finds edge neighbours from shared vertices, not corner touches', async () => {
    const { adjacency } = await tiny();
    expect(Array.from(adjacency.offsets)).toEqual([0, 2, 4, 6, 8]);
    expect(neighbours(adjacency, 0)).toEqual([1, 2]);
    expect(neighbours(adjacency, 1)).toEqual([0, 3]);
    expect(neighbours(adjacency, 2)).toEqual([0, 3]);
    expect(neighbours(adjacency, 3)).toEqual([1, 2]);
  });

  it('reads residents by zone index', async () => {
    const d = await tiny();
    expect(Array.from(d.residents)).toEqual([1000, 2000, 1500, 500]);
  });

  it('maps flow endpoints to zone indices and external areas after the zones', async () => {
    const d = await tiny();
    expect(d.external).toEqual({ ids: ['EXT'], names: ['Rest of England'] });
    expect(d.flows.origin).toBeInstanceOf(Int32Array);
    expect(Array.from(d.flows.origin)).toEqual([0, 0, 2, 3, 1]);
    expect(Array.from(d.flows.destination)).toEqual([0, 1, 1, 4, 0]);
    expect(Array.from(d.flows.count)).toEqual([300, 200, 100, 50, 10]);
  });

  it('places stations in zones and keeps their totals, NaN where empty', async () => {
    const { stations } = await tiny();
    expect(stations.count).toBe(2);
    expect(stations.ids).toEqual(['S1', 'S2']);
    expect(Array.from(stations.zone)).toEqual([0, 3]);
    expect(stations.totals.length).toBe(2 * TOTALS_STRIDE);
    expect(stations.totals[TOTAL_WEEKDAY_IN]).toBe(1000);
    expect(stations.totals[TOTALS_STRIDE + TOTAL_WEEKDAY_OUT]).toBe(2100);
    expect(stations.totals[TOTALS_STRIDE + TOTAL_SATURDAY_IN]).toBeNaN();
  });

  it('reads quarter-hour profiles; absent columns and stations are zero', async () => {
    const { stations } = await tiny();
    // Without a day_type column the rows are Mon-Thu profiles (the first of four day-type blocks).
    expect(Array.from(stations.hasProfile)).toEqual([1, 0, 0, 0, 0, 0, 0, 0]);
    expect(stations.profileIn.length).toBe(4 * 2 * 96);
    expect(stations.profileIn[32]).toBe(10);
    expect(stations.profileIn[33]).toBe(20.5);
    expect(stations.profileIn[70]).toBe(3);
    expect(stations.profileOut[70]).toBe(30);
    expect(stations.profileIn.reduce((a, b) => a + b, 0)).toBe(33.5);
    expect(stations.profileIn.subarray(96).every((v) => v === 0)).toBe(true);
  });

  it('reads a day_type column into that day type\'s block: station s, day type t at (t * stations + s) * 96', async () => {
    const profiles = 'station_id,day_type,direction,08:00,23:00\nS1,mon-thu,in,10,1\nS1,saturday,out,2,40\nS2,Friday,in,5,0\n';
    const { stations } = await tiny({ 'station_profiles.csv': profiles });
    expect(Array.from(stations.hasProfile)).toEqual([1, 0, 0, 1, 1, 0, 0, 0]);
    expect(stations.profileIn[32]).toBe(10);
    expect(stations.profileOut[(2 * 2 + 0) * 96 + 92]).toBe(40);
    expect(stations.profileIn[(1 * 2 + 1) * 96 + 32]).toBe(5);
  });

  it('takes a station\'s zone from zone_id where given, else from its position', async () => {
    const stations =
      'id,name,lon,lat,zone_id,friday_in,friday_out\nS1,North West,-0.11,51.51,C,7,8\nS2,South East,-0.09,51.49,,,\nS3,In the river,-0.5,51.0,B,,\n';
    const d = await tiny({ 'stations.csv': stations, 'station_profiles.csv': null });
    expect(Array.from(d.stations.zone)).toEqual([2, 3, 1]);
    expect(d.stations.totals[TOTAL_FRIDAY_IN]).toBe(7);
    expect(d.stations.totals[TOTAL_FRIDAY_OUT]).toBe(8);
  });

  it('sorts risk years and leaves NaN where a zone has no figure', async () => {
    const { risk } = await tiny();
    expect(risk?.years).toEqual([2015, 2019]);
    expect(Array.from(risk?.values ?? [])).toEqual([80, NaN, NaN, NaN, 100, 50, NaN, NaN]);
  });

  it('treats the optional files as optional', async () => {
    const d = await tiny({
      'dataset.json': null, 'external.csv': null, 'stations.csv': null, 'station_profiles.csv': null, 'risk.csv': null,
      'flows.csv': 'origin,destination,count\nA,B,5\n',
    });
    expect(d.stations.count).toBe(0);
    expect(d.stations.profileIn.length).toBe(0);
    expect(d.risk).toBeNull();
    expect(d.external.ids).toEqual([]);
  });

  it('loads files with a byte-order mark, CRLF line ends or semicolons exactly like the plain ones', async () => {
    const plain = await tiny();
    const crlf = (t: string) => t.replace(/\n/g, '\r\n');
    const semi = (t: string) => t.replace(/,/g, ';');
    for (const change of [(t: string) => `\uFEFF${t}`, crlf, semi, (t: string) => `\uFEFF${crlf(semi(t))}`]) {
      const changed: Record<string, string> = {};
      for (const [name, text] of Object.entries(BASE)) changed[name] = name.endsWith('.csv') ? change(text) : text;
      changed['zones.geojson'] = `\uFEFF${BASE['zones.geojson']}`;
      expect(await tiny(changed)).toEqual(plain);
    }
  });

  it('matches file names case-insensitively and ignores unknown files', async () => {
    const files = tinyFiles().map((f) => (f.name === 'flows.csv' ? { ...f, name: 'Flows.CSV' } : f));
    const r = await loadDataset([...files, sourceFromText('README.md', '# hello')]);
    expect(errorsOf(r)).toEqual([]);
  });

  it('skips blank lines and ignores extra columns', async () => {
    const d = await tiny({ 'residents.csv': 'zone_id,residents,note\n\nA,1000,x\nB,2000,\n,\nC,1500,y\nD,500,z\n\n' });
    expect(Array.from(d.residents)).toEqual([1000, 2000, 1500, 500]);
  });

  it('reports progress per file from 0 to 1', async () => {
    const seen = new Map<string, number[]>();
    await loadTiny({}, { onProgress: ({ file, fraction }) => seen.set(file, [...(seen.get(file) ?? []), fraction]) });
    expect([...seen.keys()].sort()).toEqual(
      ['external.csv', 'flows.csv', 'residents.csv', 'risk.csv', 'station_profiles.csv', 'stations.csv', 'zones.geojson'],
    );
    for (const fractions of seen.values()) {
      expect(fractions[fractions.length - 1]).toBe(1);
      expect(fractions.every((f) => f >= 0 && f <= 1)).toBe(true);
    }
  });

  it('does not modify its inputs, and a second load gives the same result', async () => {
    const files = tinyFiles();
    const snapshot = files.map((f) => ({ name: f.name, size: f.size }));
    const options = { maxErrors: 10 };
    const first = await loadDataset(files, options);
    const second = await loadDataset(files, options);
    expect(files.map((f) => ({ name: f.name, size: f.size }))).toEqual(snapshot);
    expect(options).toEqual({ maxErrors: 10 });
    expect(second).toEqual(first);
  });

  it('reads each file at most once and oversized files not at all', async () => {
    const reads: string[] = [];
    const counted = (f: SourceFile): SourceFile => ({ name: f.name, size: f.size, text: () => (reads.push(f.name), f.text()) });
    await loadDataset(tinyFiles().map(counted));
    expect(reads.sort()).toEqual(Object.keys(BASE).sort());
  });
});
