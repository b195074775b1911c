import { describe, expect, it } from 'vitest';
import { slotOf } from '../../../../src/model/time.ts';
import { peak, trough, zoneDaySeries } from '../../../../src/ui/insight/zoneDaySeries.ts';
import { resultWeek } from '../../../../src/ui/map/zoneWeek.ts';
import { londonRun, WESTMINSTER } from '../../londonRun.ts';

const weekOf = (result: Parameters<typeof resultWeek>[0]) => resultWeek(result, new Uint8Array(result.n).fill(1));

describe('zoneDaySeries', () => {
  it("takes Westminster's Monday from the run: 511 officers at 12:00 against the fixed model's 184", async () => {
    const { result, zone } = await londonRun('follow-the-commute.json');
    const s = zoneDaySeries(weekOf(result), zone(WESTMINSTER), 0);
    expect(s.officers).toHaveLength(96);
    expect(s.officers[48]).toBe(511);
    expect(s.fixed[48]).toBe(184);
    expect(s.present[48]).toBe(result.inputs.present[slotOf('Mon', '12:00') * result.n + zone(WESTMINSTER)]);
  });

  it('reads the chosen day, not Monday', async () => {
    const { result, zone } = await londonRun('follow-the-commute.json');
    const z = zone(WESTMINSTER);
    const sunday = zoneDaySeries(weekOf(result), z, 6);
    expect(sunday.present[48]).toBe(result.inputs.present[slotOf('Sun', '12:00') * result.n + z]);
    expect(sunday.present[48]).not.toBe(zoneDaySeries(weekOf(result), z, 0).present[48]);
  });

  it('has everyone at home at 03:00: people present equal residents', async () => {
    const { data, result, zone } = await londonRun('follow-the-commute.json');
    const z = zone(WESTMINSTER);
    expect(zoneDaySeries(weekOf(result), z, 2).present[12]).toBeCloseTo(data.residents[z], 6);
  });
});

describe('peak and trough', () => {
  it('find the first slot holding the largest and smallest value', () => {
    expect(peak([1, 5, 5, 2])).toEqual({ value: 5, at: 1 });
    expect(trough([3, 1, 4, 1])).toEqual({ value: 1, at: 1 });
  });
});
