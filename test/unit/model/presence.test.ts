import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atWorkAt, commutePhase, commuteScale } from '../../../src/model/commutePhase.ts';
import { presence } from '../../../src/model/presence.ts';
import { SLOTS_PER_WEEK, serviceDayTypeIndex, slotOf } from '../../../src/model/time.ts';
import { workdayPopulation } from '../../../src/model/workday.ts';
import { loadDefault } from '../loadDefault.ts';
import { arbitraryDataset } from './arbitraryDataset.ts';

describe('presence', { timeout: 30_000 }, () => {
  it('is exactly the residents at 03:00 on every day, when the network is shut', () => {
    fc.assert(
      fc.property(arbitraryDataset(), (data) => {
        const p = presence(data);
        const n = data.zones.count;
        for (const day of ['Mon', 'Wed', 'Fri', 'Sat', 'Sun'] as const) {
          const s = slotOf(day, '03:00');
          for (let z = 0; z < n; z++) expect(p[s * n + z]).toBeCloseTo(data.residents[z], 6);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("conserves people: each slot's total differs from residents only by commuters to and from outside the map", () => {
    fc.assert(
      fc.property(arbitraryDataset(), (data) => {
        const n = data.zones.count;
        const p = presence(data);
        const phase = commutePhase(data);
        const residents = data.residents.reduce((a, b) => a + b, 0);
        for (const s of [slotOf('Mon', '08:30'), slotOf('Tue', '12:00'), slotOf('Fri', '23:00'), slotOf('Sat', '01:00'), slotOf('Sat', '14:00'), slotOf('Sun', '19:45'), slotOf('Mon', '00:30')]) {
          const t = serviceDayTypeIndex(s);
          const k = commuteScale(phase, s);
          let external = 0;
          const { origin, destination, count } = data.flows;
          for (let i = 0; i < count.length; i++) {
            if (origin[i] >= n && destination[i] < n) external += count[i] * atWorkAt(phase, n, destination[i], s);
            if (origin[i] < n && destination[i] >= n) external -= count[i] * phase.overall[t * 96 + (s % 96)];
          }
          let total = 0;
          for (let z = 0; z < n; z++) total += p[s * n + z];
          expect(total).toBeCloseTo(residents + k * external, 4);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('stays between everyone out and nobody in (R - out) and everyone in and nobody out (R + in)', () => {
    fc.assert(
      fc.property(arbitraryDataset(), (data) => {
        const n = data.zones.count;
        const p = presence(data);
        const inflow = new Float64Array(n);
        const outflow = new Float64Array(n);
        const { origin, destination, count } = data.flows;
        for (let i = 0; i < count.length; i++) {
          if (origin[i] === destination[i]) continue;
          if (destination[i] < n) inflow[destination[i]] += count[i];
          if (origin[i] < n) outflow[origin[i]] += count[i];
        }
        for (let s = 0; s < SLOTS_PER_WEEK; s += 5) {
          for (let z = 0; z < n; z++) {
            expect(p[s * n + z]).toBeGreaterThanOrEqual(data.residents[z] - outflow[z] - 1e-6);
            expect(p[s * n + z]).toBeLessThanOrEqual(data.residents[z] + inflow[z] + 1e-6);
            expect(p[s * n + z]).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('on London data is near residents at 03:00 and near the workday population at 12:00 on a weekday', async () => {
    const data = await loadDefault();
    const n = data.zones.count;
    const p = presence(data);
    const w = workdayPopulation(data);
    const night = slotOf('Wed', '03:00');
    const noon = slotOf('Wed', '12:00');
    let totalNoon = 0;
    let totalW = 0;
    for (let z = 0; z < n; z++) {
      expect(p[night * n + z]).toBeCloseTo(data.residents[z], 6);
      expect(Math.abs(p[noon * n + z] - w[z]) / w[z]).toBeLessThan(0.03);
      totalNoon += p[noon * n + z];
      totalW += w[z];
    }
    expect(Math.abs(totalNoon - totalW) / totalW).toBeLessThan(0.005);
    const wandsworth = data.zones.ids.indexOf('E09000032');
    expect(Math.round(p[noon * n + wandsworth])).toBe(248351);
  });
});
