import { describe, expect, it } from 'vitest';
import type { HexSlotResult } from '../../../src/engine/engineProtocol.ts';
import { hexMeasureExtent, hexMeasureValues, type HexMeasureSource } from '../../../src/ui/hexagons/hexMeasureValues.ts';

/** Three hexagons; the third is not policed by the scenario's force. */
function source(withSlot = true): HexMeasureSource {
  const slot: HexSlotResult = {
    slot: 48, n: 3, cellKm: 1, method: 'follow-demand', notes: [], onDuty: 12, localTotal: 12,
    allocated: Uint8Array.of(1, 1, 0),
    officersWhole: Int32Array.of(8, 4, 0),
    fixedWhole: Int32Array.of(5, 7, 0),
    eventOfficers: new Int32Array(3),
    present: Float64Array.of(4000, 0, 900),
    demand: Float64Array.of(4100, 10, 880),
    footfall: Float64Array.of(300, 0, 0),
    pWait: Float64Array.of(0.1, 0.5, 0.2),
    weekMax: { officers: 9, change: 4, per1000: 2.5, present: 5000, demand: 5200 },
  };
  return { residents: Float64Array.of(1000, 200, 50), workday: Float64Array.of(3000, 150, 900), slot: withSlot ? slot : null };
}

describe('hexMeasureValues', () => {
  it('reads officer figures for policed hexagons only, and NaN elsewhere', () => {
    expect(Array.from(hexMeasureValues('officers', source()))).toEqual([8, 4, NaN]);
    expect(Array.from(hexMeasureValues('change', source()))).toEqual([3, -3, NaN]);
    expect(Array.from(hexMeasureValues('per1000', source()))).toEqual([2, NaN, NaN]);
    expect(Array.from(hexMeasureValues('pWait', source()))).toEqual([0.1, 0.5, NaN]);
  });

  it('reads people figures for every hexagon, and the daytime net change without a run', () => {
    expect(Array.from(hexMeasureValues('present', source()))).toEqual([4000, 0, 900]);
    expect(Array.from(hexMeasureValues('demand', source()))).toEqual([4100, 10, 880]);
    expect(Array.from(hexMeasureValues('netChange', source(false)))).toEqual([2000, -50, 850]);
    expect(Array.from(hexMeasureValues('officers', source(false)))).toEqual([NaN, NaN, NaN]);
  });

  it('gives the week\'s extent for the colour scale', () => {
    expect(hexMeasureExtent('officers', source())).toBe(9);
    expect(hexMeasureExtent('change', source())).toBe(4);
    expect(hexMeasureExtent('pWait', source())).toBe(1);
    expect(hexMeasureExtent('netChange', source(false))).toBe(2000);
    expect(hexMeasureExtent('present', source(false))).toBe(0);
  });
});
