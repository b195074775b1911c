import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/model/dataset.ts';
import { commutePhase } from '../../../src/model/commutePhase.ts';
import { footfall } from '../../../src/model/footfall.ts';
import { presence } from '../../../src/model/presence.ts';
import { SLOTS_PER_DAY, dayType, serviceDayTypeIndex, slotOf } from '../../../src/model/time.ts';
import { loadDefault } from '../loadDefault.ts';
import { arbitraryDataset } from './arbitraryDataset.ts';

const MON_THU = 0;
const FRIDAY = 1;
const SATURDAY = 2;
const SUNDAY = 3;

/** A zone's net arrivals (people present minus residents) over one calendar day, divided by the day's peak. */
function normalisedDay(data: Dataset, p: Float64Array, zone: number, day: 'Mon' | 'Sat'): Float64Array {
  const n = data.zones.count;
  const start = slotOf(day, '00:00');
  const out = new Float64Array(SLOTS_PER_DAY);
  for (let q = 0; q < SLOTS_PER_DAY; q++) out[q] = p[(start + q) * n + zone] - data.residents[zone];
  const peak = Math.max(...out);
  return out.map((v) => v / peak);
}

/** Share of a zone's stations' exits that fall in columns [from, to) of day type t. */
function exitShare(data: Dataset, zone: number, t: number, from: string, to: string): number {
  const st = data.stations;
  const [a, b] = [slotOf('Mon', from), to === '24:00' ? SLOTS_PER_DAY : slotOf('Mon', to)];
  let part = 0;
  let all = 0;
  for (let i = 0; i < st.count; i++) {
    if (st.zone[i] !== zone) continue;
    for (let q = 0; q < SLOTS_PER_DAY; q++) {
      const v = st.profileOut[(t * st.count + i) * SLOTS_PER_DAY + q];
      all += v;
      if (q >= a && q < b) part += v;
    }
  }
  return part / all;
}

describe('day types', () => {
  it('map days and counting days: TfL\'s day runs 05:00 to 05:00, so the early hours close the previous day', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(dayType)).toEqual(['mon-thu', 'mon-thu', 'mon-thu', 'mon-thu', 'friday', 'saturday', 'sunday']);
    expect(serviceDayTypeIndex(slotOf('Mon', '00:30'))).toBe(SUNDAY);
    expect(serviceDayTypeIndex(slotOf('Mon', '05:00'))).toBe(MON_THU);
    expect(serviceDayTypeIndex(slotOf('Fri', '04:45'))).toBe(MON_THU);
    expect(serviceDayTypeIndex(slotOf('Sat', '01:00'))).toBe(FRIDAY);
    expect(serviceDayTypeIndex(slotOf('Sat', '05:00'))).toBe(SATURDAY);
    expect(serviceDayTypeIndex(slotOf('Sun', '02:00'))).toBe(SATURDAY);
  });

  it('give footfall each day type\'s own profile, and the early hours the previous counting day\'s', () => {
    fc.assert(
      fc.property(arbitraryDataset(), (data) => {
        const n = data.zones.count;
        const st = data.stations;
        const f = footfall(data);
        for (const [slot, t] of [[slotOf('Sat', '14:00'), SATURDAY], [slotOf('Sat', '01:00'), FRIDAY], [slotOf('Tue', '08:30'), MON_THU]] as const) {
          const q = slot % SLOTS_PER_DAY;
          const expected = new Float64Array(n);
          for (let i = 0; i < st.count; i++) {
            const z = st.zone[i];
            if (z < 0 || !st.hasProfile[t * st.count + i]) continue;
            const row = (t * st.count + i) * SLOTS_PER_DAY + q;
            expected[z] += st.profileIn[row] + st.profileOut[row];
          }
          const own = st.hasProfile.subarray(t * st.count, (t + 1) * st.count).every((h) => h === 1);
          if (!own) continue;
          for (let z = 0; z < n; z++) expect(f[slot * n + z]).toBeCloseTo(expected[z], 6);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('give Westminster a Saturday night and a Monday morning of different shape, not only scale, as its stations count them', async () => {
    const data = await loadDefault();
    const wm = data.zones.ids.indexOf('E09000033');
    // The counts: at Westminster's stations a Saturday has a larger share of its exits late in the evening
    // (the West End's night-time economy) and a much smaller share in the 07:00-10:00 peak than Mon-Thu.
    const lateSat = exitShare(data, wm, SATURDAY, '22:00', '24:00');
    const lateMonThu = exitShare(data, wm, MON_THU, '22:00', '24:00');
    const amSat = exitShare(data, wm, SATURDAY, '07:00', '10:00');
    const amMonThu = exitShare(data, wm, MON_THU, '07:00', '10:00');
    expect(lateSat).toBeGreaterThan(1.5 * lateMonThu);
    expect(amMonThu).toBeGreaterThan(2 * amSat);

    // So presence, each day divided by its own peak, differs in shape: far more of Saturday's peak is still
    // there at 23:00, and less of it has arrived by 08:30. Scaling Monday's curve could change neither.
    const phase = commutePhase(data);
    expect(Array.from(phase.ownShape)).toEqual([1, 1, 1, 1]);
    const p = presence(data, phase);
    const mon = normalisedDay(data, p, wm, 'Mon');
    const sat = normalisedDay(data, p, wm, 'Sat');
    const at = (c: string) => slotOf('Mon', c);
    expect(sat[at('23:00')] - mon[at('23:00')]).toBeGreaterThan(0.08);
    expect(mon[at('08:30')] - sat[at('08:30')]).toBeGreaterThan(0.05);
    // Saturday commutes less than Mon-Thu, Friday nearly as much.
    expect(phase.dayScale[SATURDAY]).toBeLessThan(phase.dayScale[FRIDAY]);
    expect(phase.dayScale[FRIDAY]).toBeLessThan(1);
  });
});
