import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstOfPair } from '../../../src/io/readFlows.ts';
import { locateStations } from '../../../src/io/locateStations.ts';
import { matchColumns } from '../../../src/io/matchColumns.ts';
import { adjacencyFromLists } from '../../../src/io/zoneAdjacency.ts';
import { square } from './tinyDataset.ts';

describe('firstOfPair', () => {
  it('agrees with a Map keyed by pair', () => {
    const rows = fc.array(fc.tuple(fc.nat({ max: 5 }), fc.nat({ max: 5 })), { maxLength: 60 });
    fc.assert(
      fc.property(rows, (pairs) => {
        const first = firstOfPair(Int32Array.from(pairs, (p) => p[0]), Int32Array.from(pairs, (p) => p[1]), 6);
        const seen = new Map<string, number>();
        pairs.forEach(([o, d], i) => {
          const k = `${o},${d}`;
          if (!seen.has(k)) seen.set(k, i);
          expect(first[i]).toBe(seen.get(k));
        });
      }),
    );
  });
});

describe('adjacencyFromLists', () => {
  it('is symmetric, sorted, without self-loops or repeats', () => {
    const lists = fc.integer({ min: 1, max: 8 }).chain((n) => fc.array(fc.array(fc.nat({ max: n - 1 }), { maxLength: 6 }), { minLength: n, maxLength: n }));
    fc.assert(
      fc.property(lists, (l) => {
        const { offsets, neighbours } = adjacencyFromLists(l);
        const of = (z: number) => Array.from(neighbours.subarray(offsets[z], offsets[z + 1]));
        for (let a = 0; a < l.length; a++) {
          const expected = new Set<number>();
          l[a].forEach((b) => b !== a && expected.add(b));
          l.forEach((list, b) => b !== a && list.includes(a) && expected.add(b));
          expect(of(a)).toEqual([...expected].sort((x, y) => x - y));
        }
      }),
    );
  });
});

describe('locateStations', () => {
  it('finds the containing zone, -1 outside or for unknown coordinates, the lower index on a shared border', () => {
    const zones = [
      { type: 'Polygon' as const, coordinates: square(0, 0, 1) },
      null,
      { type: 'MultiPolygon' as const, coordinates: [square(1, 0, 1), square(5, 5, 1)] },
    ];
    const lon = Float64Array.from([0.5, 1.5, 5.5, 3, 1, NaN]);
    const lat = Float64Array.from([0.5, 0.5, 5.5, 3, 0.5, 0]);
    expect(Array.from(locateStations(lon, lat, zones))).toEqual([0, 2, 2, -1, 0, -1]);
  });
});

describe('matchColumns', () => {
  it('finds columns by trimmed name, lists the others, and reports misses', () => {
    const m = matchColumns([' origin ', 'destinaton', 'count', 'note'], ['origin', 'destination', 'count']);
    expect([...m.index]).toEqual([['origin', 0], ['count', 2]]);
    expect(m.others).toEqual([{ name: 'destinaton', index: 1 }, { name: 'note', index: 3 }]);
    expect(m.problems).toEqual([{ severity: 'error', message: 'column "destination" is missing (found "destinaton": a misspelling?)' }]);
  });
});
