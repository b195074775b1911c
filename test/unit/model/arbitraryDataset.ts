import fc from 'fast-check';
import type { Dataset } from '../../../src/model/dataset.ts';
import { PROFILE_DAY_TYPES, TOTALS_STRIDE } from '../../../src/model/dataset.ts';
import { SLOTS_PER_DAY } from '../../../src/model/time.ts';

/** A random but consistent small dataset: zones, flows (with an external area), stations, risk. */
export const arbitraryDataset = (maxZones = 8): fc.Arbitrary<Dataset> =>
  fc.integer({ min: 2, max: maxZones }).chain((n) =>
    fc
      .record({
        residents: fc.array(fc.integer({ min: 100, max: 200_000 }), { minLength: n, maxLength: n }),
        flowShares: fc.array(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: n + 1, maxLength: n + 1 }), { minLength: n, maxLength: n }),
        inbound: fc.array(fc.integer({ min: 0, max: 50_000 }), { minLength: n, maxLength: n }),
        stationZones: fc.array(fc.integer({ min: -1, max: n - 1 }), { maxLength: 6 }),
        peak: fc.integer({ min: 10, max: 5000 }),
        crimes: fc.array(fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: null }), { minLength: n, maxLength: n }),
        forces: fc.array(fc.constantFrom('A', 'B'), { minLength: n, maxLength: n }),
        dayTypes: fc.boolean(),
      })
      .map((r) => build(n, r)),
  );

function build(
  n: number,
  r: {
    residents: number[];
    flowShares: number[][];
    inbound: number[];
    stationZones: number[];
    peak: number;
    crimes: (number | null)[];
    forces: string[];
    /** Whether stations have Friday, Saturday and Sunday profiles of their own (else Mon-Thu's only). */
    dayTypes: boolean;
  },
): Dataset {
  const origin: number[] = [];
  const destination: number[] = [];
  const count: number[] = [];
  // Each zone sends up to ~60% of residents to work, spread by flowShares (last column = outside the map).
  for (let o = 0; o < n; o++) {
    const shares = r.flowShares[o];
    const sum = shares.reduce((a, b) => a + b, 0) || 1;
    const workers = Math.floor(r.residents[o] * 0.6);
    shares.forEach((s, d) => {
      const c = Math.floor((workers * s) / sum);
      if (c > 0) {
        origin.push(o);
        destination.push(d);
        count.push(c);
      }
    });
    if (r.inbound[o] > 0) {
      origin.push(n);
      destination.push(o);
      count.push(r.inbound[o]);
    }
  }
  const stations = r.stationZones.length;
  const T = PROFILE_DAY_TYPES;
  const profileIn = new Float32Array(T * stations * SLOTS_PER_DAY);
  const profileOut = new Float32Array(T * stations * SLOTS_PER_DAY);
  const hasProfile = new Uint8Array(T * stations);
  const totals = new Float64Array(stations * TOTALS_STRIDE).fill(NaN);
  // Day type t: [scale, AM centre, PM centre]: Friday like Mon-Thu, weekends smaller and later.
  const shapes = [[1, 34, 70], [0.95, 34, 72], [0.6, 46, 84], [0.4, 48, 76]];
  for (let t = 0; t < (r.dayTypes ? T : 1); t++) {
    const [k, amAt, pmAt] = shapes[t];
    for (let i = 0; i < stations; i++) {
      const row = (t * stations + i) * SLOTS_PER_DAY;
      for (let q = 20; q < SLOTS_PER_DAY; q++) {
        const am = Math.exp(-(((q - amAt) / 4) ** 2));
        const pm = Math.exp(-(((q - pmAt) / 5) ** 2));
        const scale = k * r.peak * (1 + i);
        profileIn[row + q] = Math.round(scale * (i % 2 ? am : pm) + 5);
        profileOut[row + q] = Math.round(scale * (i % 2 ? pm : am) + 5);
      }
      hasProfile[t * stations + i] = 1;
    }
  }
  for (let i = 0; i < stations; i++) {
    let inSum = 0;
    let outSum = 0;
    for (let q = 0; q < SLOTS_PER_DAY; q++) {
      inSum += profileIn[i * SLOTS_PER_DAY + q];
      outSum += profileOut[i * SLOTS_PER_DAY + q];
    }
    totals.set([inSum, outSum, inSum * 0.6, outSum * 0.6, inSum * 0.4, outSum * 0.4, inSum * 0.95, outSum * 0.95], i * TOTALS_STRIDE);
  }
  const offsets = new Int32Array(n + 1);
  const neighbours: number[] = [];
  for (let z = 0; z < n; z++) {
    if (z > 0) neighbours.push(z - 1);
    if (z < n - 1) neighbours.push(z + 1);
    offsets[z + 1] = neighbours.length;
  }
  const ids = Array.from({ length: n }, (_, z) => `Z${z}`);
  return {
    name: 'random',
    description: '',
    zones: {
      count: n,
      ids,
      names: ids.map((id) => `Zone ${id}`),
      forces: r.forces,
      parents: ids.map(() => ''),
      areaKm2: new Float64Array(n).fill(1),
      labelLon: new Float64Array(n),
      labelLat: new Float64Array(n),
    },
    residents: Float64Array.from(r.residents),
    external: { ids: ['OUT'], names: ['Outside'] },
    flows: { origin: Int32Array.from(origin), destination: Int32Array.from(destination), count: Float64Array.from(count) },
    stations: {
      count: stations,
      ids: r.stationZones.map((_, i) => `S${i}`),
      names: r.stationZones.map((_, i) => `Station ${i}`),
      lon: new Float64Array(stations),
      lat: new Float64Array(stations),
      zone: Int32Array.from(r.stationZones),
      totals,
      profileIn,
      profileOut,
      hasProfile,
    },
    risk: { years: [2019], values: Float64Array.from(r.crimes, (c) => (c === null ? NaN : c)) },
    adjacency: { offsets, neighbours: Int32Array.from(neighbours) },
  };
}
