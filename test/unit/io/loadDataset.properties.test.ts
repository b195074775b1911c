import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/io/loadDataset.ts';
import { sourceFromText } from '../../../src/io/sourceFile.ts';
import type { Dataset } from '../../../src/model/dataset.ts';
import { errorsOf, square } from './tinyDataset.ts';

const CELL = 0.01;

interface Generated {
  rows: number;
  cols: number;
  residents: number[];
  /** [origin, destination, count]; endpoint rows*cols is the external area. */
  flows: [number, number, number][];
  /** Station positions as fractions of the grid, kept off cell borders. */
  stations: [number, number][];
}

const generated: fc.Arbitrary<Generated> = fc
  .record({ rows: fc.integer({ min: 1, max: 3 }), cols: fc.integer({ min: 1, max: 4 }) })
  .chain(({ rows, cols }) => {
    const n = rows * cols;
    return fc.record({
      rows: fc.constant(rows),
      cols: fc.constant(cols),
      residents: fc.array(fc.nat({ max: 1_000_000 }), { minLength: n, maxLength: n }),
      flows: fc.array(fc.tuple(fc.nat({ max: n }), fc.nat({ max: n }), fc.nat({ max: 10_000 })), { maxLength: 30 }),
      stations: fc.array(fc.tuple(fc.double({ min: 0.05, max: 0.95, noNaN: true }), fc.double({ min: 0.05, max: 0.95, noNaN: true })), { maxLength: 5 }),
    });
  });

const zoneId = (z: number) => `Z${z}`;

function csvFiles(g: Generated, order: (lines: string[]) => string[] = (l) => l): Record<string, string> {
  const n = g.rows * g.cols;
  const features = Array.from({ length: n }, (_, z) => {
    const west = -0.1 + (z % g.cols) * CELL;
    const south = 51.5 + Math.floor(z / g.cols) * CELL;
    return { type: 'Feature', id: zoneId(z), properties: { name: `Zone ${z}` }, geometry: { type: 'Polygon', coordinates: square(west, south, CELL) } };
  });
  const endpoint = (v: number) => (v === n ? 'OUT' : zoneId(v));
  const stationLines = g.stations.map(([fx, fy], s) => {
    const x = Math.floor(fx * g.cols) + 0.5 + ((fx * g.cols) % 1 - 0.5) * 0.8;
    const y = Math.floor(fy * g.rows) + 0.5 + ((fy * g.rows) % 1 - 0.5) * 0.8;
    return `S${s},Station ${s},${-0.1 + x * CELL},${51.5 + y * CELL}`;
  });
  return {
    'zones.geojson': JSON.stringify({ type: 'FeatureCollection', features }),
    'external.csv': 'id,name\nOUT,Outside\n',
    'residents.csv': ['zone_id,residents', ...order(g.residents.map((r, z) => `${zoneId(z)},${r}`))].join('\n'),
    'flows.csv': ['origin,destination,count', ...order(g.flows.map(([o, d, c]) => `${endpoint(o)},${endpoint(d)},${c}`))].join('\n'),
    'stations.csv': ['id,name,lon,lat', ...order(stationLines)].join('\n'),
  };
}

async function load(files: Record<string, string>): Promise<Dataset> {
  const r = await loadDataset(Object.entries(files).map(([name, text]) => sourceFromText(name, text)));
  if (!r.ok) throw new Error(errorsOf(r).join('\n'));
  return r.dataset;
}

/** Flows as a sorted list of 'origin>destination=count' in ids, independent of row order. */
function flowSet(d: Dataset): string[] {
  const id = (v: number) => (v < d.zones.count ? d.zones.ids[v] : d.external.ids[v - d.zones.count]);
  return Array.from(d.flows.count, (c, i) => `${id(d.flows.origin[i])}>${id(d.flows.destination[i])}=${c}`).sort();
}

function reverseRows(lines: string[]): string[] {
  return [...lines].reverse();
}

describe('loadDataset properties', () => {
  it('residents and flow totals equal the CSV sums, and duplicate pairs are summed', async () => {
    await fc.assert(
      fc.asyncProperty(generated, async (g) => {
        const d = await load(csvFiles(g));
        expect(Array.from(d.residents)).toEqual(g.residents);
        const csvTotal = g.flows.reduce((s, f) => s + f[2], 0);
        expect(d.flows.count.reduce((s, c) => s + c, 0)).toBe(csvTotal);
        const pairs = new Map<string, number>();
        for (const [o, dd, c] of g.flows) pairs.set(`${o},${dd}`, (pairs.get(`${o},${dd}`) ?? 0) + c);
        expect(d.flows.count.length).toBe(pairs.size);
        d.flows.count.forEach((c, i) => expect(c).toBe(pairs.get(`${d.flows.origin[i]},${d.flows.destination[i]}`)));
      }),
      { numRuns: 60 },
    );
  });

  it('changes nothing but order when the CSV rows are shuffled', async () => {
    await fc.assert(
      fc.asyncProperty(generated, fc.integer(), async (g, seed) => {
        const shuffle = (lines: string[]) => {
          const out = [...lines];
          let s = seed >>> 0;
          for (let i = out.length - 1; i > 0; i--) {
            s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
            const j = s % (i + 1);
            [out[i], out[j]] = [out[j], out[i]];
          }
          return out;
        };
        for (const order of [shuffle, reverseRows]) {
          const a = await load(csvFiles(g));
          const b = await load(csvFiles(g, order));
          expect(b.residents).toEqual(a.residents);
          expect(flowSet(b)).toEqual(flowSet(a));
          expect(b.zones).toEqual(a.zones);
          expect(b.adjacency).toEqual(a.adjacency);
          const stationZone = (d: Dataset) => d.stations.ids.map((id, s) => `${id}@${d.stations.zone[s]}`).sort();
          expect(stationZone(b)).toEqual(stationZone(a));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('finds exactly the edge neighbours of a grid and places stations in their cells', async () => {
    await fc.assert(
      fc.asyncProperty(generated, async (g) => {
        const d = await load(csvFiles(g));
        for (let z = 0; z < d.zones.count; z++) {
          const [r, c] = [Math.floor(z / g.cols), z % g.cols];
          const expected: number[] = [];
          if (r > 0) expected.push(z - g.cols);
          if (c > 0) expected.push(z - 1);
          if (c < g.cols - 1) expected.push(z + 1);
          if (r < g.rows - 1) expected.push(z + g.cols);
          expect(Array.from(d.adjacency.neighbours.subarray(d.adjacency.offsets[z], d.adjacency.offsets[z + 1]))).toEqual(expected);
        }
        g.stations.forEach(([fx, fy], s) => {
          expect(d.stations.zone[s]).toBe(Math.floor(fy * g.rows) * g.cols + Math.floor(fx * g.cols));
        });
      }),
      { numRuns: 60 },
    );
  });

  it('loads the same whatever the delimiter, line end or byte-order mark', async () => {
    await fc.assert(
      fc.asyncProperty(generated, fc.boolean(), fc.boolean(), fc.boolean(), async (g, semicolon, crlf, bom) => {
        const plain = csvFiles(g);
        const variant: Record<string, string> = {};
        for (const [name, text] of Object.entries(plain)) {
          let t = text;
          if (name.endsWith('.csv')) {
            if (semicolon) t = t.replace(/,/g, ';');
            if (crlf) t = t.replace(/\n/g, '\r\n');
          }
          variant[name] = bom ? `\uFEFF${t}` : t;
        }
        expect(await load(variant)).toEqual(await load(plain));
      }),
      { numRuns: 40 },
    );
  });
});
