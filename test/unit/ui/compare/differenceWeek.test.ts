import { describe, expect, test } from 'vitest';
import { DIFFERENCE_INFO } from '../../../../src/ui/compare/differenceInfo.ts';
import { shownMeasure } from '../../../../src/ui/compare/differenceFrame.ts';
import { differenceWeek } from '../../../../src/ui/compare/differenceWeek.ts';
import { colourScale } from '../../../../src/ui/map/colourScale.ts';
import { measureExtent, measureValue } from '../../../../src/ui/map/measureValues.ts';
import { DIFFERENCE_BASES } from '../../../../src/ui/state/appState.ts';
import { londonPair } from './londonPair.ts';

const NOON = 48;

describe('the difference between scenarios on the London default (B follow-the-commute minus A fixed-borough)', async () => {
  const pair = await londonPair();
  const { summary, sourceA, sourceB } = pair;
  const n = summary.zones.ids.length;
  const z = (name: string) => summary.zones.names.indexOf(name);

  test('officers at Monday 12:00: Westminster +327, Tower Hamlets +88, Wandsworth −55, read from the runs themselves', () => {
    const week = differenceWeek('officers', sourceA, sourceB);
    const at = (name: string) => week.difference[NOON * n + z(name)];
    expect([at('Westminster'), at('Tower Hamlets'), at('Wandsworth')]).toEqual([327, 88, -55]);
    for (let i = 0; i < week.difference.length; i += 97) {
      const zone = i % n;
      if (zone === z('City of London')) continue;
      expect(week.difference[i]).toBe(pair.b.officersWhole[i] - pair.a.officersWhole[i]);
    }
  });

  test('every base: B − A of the figure each map shows, NaN where a scenario polices no officers, the opposite when A and B swap, zero against itself', () => {
    for (const base of DIFFERENCE_BASES) {
      const ab = differenceWeek(base, sourceA, sourceB);
      const ba = differenceWeek(base, sourceB, sourceA);
      const aa = differenceWeek(base, sourceA, sourceA);
      for (let s = 0; s < 672; s += 13) {
        for (let zone = 0; zone < n; zone++) {
          const i = s * n + zone;
          const expected = measureValue(base, sourceB, s, zone) - measureValue(base, sourceA, s, zone);
          if (zone === z('City of London')) {
            expect(ab.difference[i]).toBeNaN();
            continue;
          }
          expect(ab.difference[i]).toBeCloseTo(expected, 12);
          expect(ba.difference[i]).toBeCloseTo(-ab.difference[i], 12);
          expect(aa.difference[i]).toBe(0);
        }
      }
      expect(ab.allocated[z('City of London')]).toBe(0);
      expect(ab.a).toBe(sourceA.week);
      expect(ab.b).toBe(sourceB.week);
    }
  });

  test('calls within target at Monday 12:00: Westminster from 0% to nearly all, Wandsworth down 4 points', () => {
    const week = differenceWeek('withinTarget', sourceA, sourceB);
    expect(week.difference[NOON * n + z('Westminster')]).toBeGreaterThan(0.99);
    expect(DIFFERENCE_INFO.withinTarget.change(week.difference[NOON * n + z('Wandsworth')])).toBe('\u22124 points');
    expect(DIFFERENCE_INFO.withinTarget.value(pair.b.measures.withinTarget[NOON * n + z('Wandsworth')])).toBe('94%');
  });

  test("the difference map's scale is centred on zero and symmetric, spanning the week's largest difference", () => {
    const week = differenceWeek('officers', sourceA, sourceB);
    const extent = measureExtent('difference', [{ statics: sourceA.statics, week }]);
    let largest = 0;
    for (const v of week.difference) if (Number.isFinite(v)) largest = Math.max(largest, Math.abs(v));
    expect(extent).toBe(largest);
    const scale = colourScale('difference', extent);
    expect(scale.position(0)).toBe(0.5);
    expect(scale.domain[0]).toBe(-scale.domain[1]);
    expect(scale.domain[1]).toBeGreaterThanOrEqual(largest);
    for (const v of [10, 100, 327]) expect(scale.position(v) - 0.5).toBeCloseTo(0.5 - scale.position(-v), 12);
    expect(scale.color(Number.NaN)).toBe('#bdbdbd');
  });

  test('the scenario and comparison maps show what the difference is taken of; one map never shows a difference', () => {
    expect(shownMeasure({ measure: 'difference', compare: true, differenceOf: 'per1000' })).toBe('per1000');
    expect(shownMeasure({ measure: 'difference', compare: false, differenceOf: 'per1000' })).toBe('officers');
    expect(shownMeasure({ measure: 'present', compare: true, differenceOf: 'per1000' })).toBe('present');
  });
});
