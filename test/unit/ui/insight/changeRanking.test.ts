import { describe, expect, it } from 'vitest';
import { slotOf } from '../../../../src/model/time.ts';
import { changeBarsLabel } from '../../../../src/ui/insight/changeBarsLabel.ts';
import { changeRange, changeRanking, policedZones } from '../../../../src/ui/insight/changeRanking.ts';
import { CITY_OF_LONDON, londonRun, WESTMINSTER } from '../../londonRun.ts';

describe('changeRanking on follow-the-commute, Monday 12:00', () => {
  it('leaves out the City of London, which the Met does not police', async () => {
    const { result, zone } = await londonRun('follow-the-commute.json');
    const policed = policedZones(result);
    expect(policed).toHaveLength(32);
    expect(policed).not.toContain(zone(CITY_OF_LONDON));
  });

  it('ranks Westminster first with +327 (511 against 184) and runs from largest gain to largest loss', async () => {
    const { result, zone } = await londonRun('follow-the-commute.json');
    const ranking = changeRanking(result, slotOf('Mon', '12:00'), policedZones(result));
    expect(ranking[0]).toEqual({ zone: zone(WESTMINSTER), change: 327 });
    for (let i = 1; i < ranking.length; i++) expect(ranking[i].change).toBeLessThanOrEqual(ranking[i - 1].change);
    // The officers moved to some zones come from others: the changes add up to nothing.
    expect(ranking.reduce((sum, r) => sum + r.change, 0)).toBe(0);
  });

  it('has a week-long scale, from the largest loss to the largest gain, that holds every slot', async () => {
    const { result } = await londonRun('follow-the-commute.json');
    const range = changeRange(result);
    expect(range.min).toBeLessThan(0);
    expect(range.max).toBeGreaterThanOrEqual(327);
    for (const slot of [0, slotOf('Mon', '12:00'), slotOf('Sat', '18:00'), 671]) {
      for (const r of changeRanking(result, slot, policedZones(result))) {
        expect(r.change).toBeGreaterThanOrEqual(range.min);
        expect(r.change).toBeLessThanOrEqual(range.max);
      }
    }
  });
});

describe('changeRanking', () => {
  it('keeps the given order between zones with the same change', () => {
    const fake = { n: 3, officersWhole: Int32Array.from([5, 7, 5]), fixedWhole: Int32Array.from([5, 5, 5]) };
    const ranking = changeRanking(fake as never, 0, [2, 0, 1]);
    expect(ranking).toEqual([{ zone: 1, change: 2 }, { zone: 2, change: 0 }, { zone: 0, change: 0 }]);
  });
});

describe('changeBarsLabel', () => {
  it('reads every zone and its signed change in rank order', () => {
    const text = changeBarsLabel([{ zone: 1, change: 354 }, { zone: 0, change: -56 }], ['Wandsworth', 'Westminster'], 'Mon 12:00');
    expect(text).toBe('Change in officers against the fixed model at Mon 12:00, largest gain first: Westminster +354, Wandsworth \u221256.');
  });
});
