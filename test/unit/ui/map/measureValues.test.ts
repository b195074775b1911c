import { describe, expect, it } from 'vitest';
import { measureExtent, measureValue, measureValues, type MeasureSource } from '../../../../src/ui/map/measureValues.ts';
import type { ZoneWeek } from '../../../../src/ui/map/zoneWeek.ts';

const SLOTS = 672;

/** Three zones (hexagons or boroughs alike); the third is not policed. Slot 48 has the figures below, others half. */
function source(withWeek = true): MeasureSource {
  const at48 = { officers: [8, 4, 0], fixed: [5, 7, 0], present: [4000, 0, 900], demand: [4100, 10, 880], pWait: [0.1, 0.5, 0.2] };
  const fill = <A extends Int32Array | Float64Array>(a: A, v: number[]) => {
    for (let s = 0; s < SLOTS; s++) for (let z = 0; z < 3; z++) a[s * 3 + z] = s === 48 ? v[z] : v[z] / 2;
    return a;
  };
  const week: ZoneWeek = {
    n: 3, allocated: Uint8Array.of(1, 1, 0), onDuty: new Int32Array(SLOTS).fill(12),
    officersWhole: fill(new Int32Array(SLOTS * 3), at48.officers), fixedWhole: fill(new Int32Array(SLOTS * 3), at48.fixed),
    present: fill(new Float64Array(SLOTS * 3), at48.present), demand: fill(new Float64Array(SLOTS * 3), at48.demand),
    pWait: fill(new Float64Array(SLOTS * 3), at48.pWait),
  };
  return { statics: { residents: [1000, 200, 50], workday: [3000, 150, 900] }, week: withWeek ? week : null };
}

const at = (measure: Parameters<typeof measureValue>[0], src = source()) => Array.from(measureValues(measure, src, 48, new Float64Array(3)));

describe('measureValues', () => {
  it('reads officer figures for policed zones only, and NaN elsewhere', () => {
    expect(at('officers')).toEqual([8, 4, NaN]);
    expect(at('change')).toEqual([3, -3, NaN]);
    expect(at('per1000')).toEqual([2, NaN, NaN]);
    expect(at('pWait')).toEqual([0.1, 0.5, NaN]);
  });

  it('reads people figures for every zone, and the daytime net change without a run', () => {
    expect(at('present')).toEqual([4000, 0, 900]);
    expect(at('demand')).toEqual([4100, 10, 880]);
    expect(at('netChange', source(false))).toEqual([2000, -50, 850]);
    expect(at('officers', source(false))).toEqual([NaN, NaN, NaN]);
  });

  it("gives the week's extent for the colour scale, over every source", () => {
    expect(measureExtent('officers', [source()])).toBe(8);
    expect(measureExtent('change', [source()])).toBe(3);
    expect(measureExtent('pWait', [source()])).toBe(1);
    expect(measureExtent('netChange', [source(false)])).toBe(2000);
    expect(measureExtent('present', [source(false)])).toBe(0);
  });
});
