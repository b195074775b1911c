import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shiftSpec, supply } from '../../../src/model/supply.ts';
import { SLOTS_PER_WEEK, slotOf } from '../../../src/model/time.ts';

const threeShifts = [
  { name: 'Early', start: '07:00', hours: 8, share: 0.35 },
  { name: 'Late', start: '15:00', hours: 8, share: 0.35 },
  { name: 'Night', start: '23:00', hours: 8, share: 0.3 },
];

describe('supply', () => {
  it('conserves officer-hours: slots on duty add up to the whole officers starting each shift times its length', () => {
    const shift = fc.record({
      start: fc.integer({ min: 0, max: 95 }),
      slots: fc.integer({ min: 1, max: 96 }),
      weight: fc.integer({ min: 1, max: 10 }),
      days: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 7, maxLength: 7 }).filter((d) => d.some((x) => x > 0)),
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50_000 }), fc.array(shift, { minLength: 1, maxLength: 5 }), (headcount, shifts) => {
        const weights = shifts.reduce((a, s) => a + s.weight, 0);
        const spec = {
          headcount,
          availability: 0.886,
          hoursPerWeek: 40,
          shifts: shifts.map((s, i) => ({ name: `s${i}`, startSlot: s.start, slots: s.slots, share: s.weight / weights, days: s.days })),
        };
        const sup = supply(spec);
        const onDutyHours = sup.onDuty.reduce((a, b) => a + b, 0) / 4;
        let shiftHours = 0;
        spec.shifts.forEach((s, k) => {
          for (let d = 0; d < 7; d++) shiftHours += (sup.starts[k * 7 + d] * s.slots) / 4;
        });
        expect(onDutyHours).toBe(shiftHours);
        // Rounding to whole officers per shift and day moves the week's hours by less than a shift each.
        expect(Math.abs(onDutyHours - sup.weeklyHours)).toBeLessThanOrEqual(spec.shifts.reduce((a, s) => a + s.slots / 4, 0) * 7);
      }),
      { numRuns: 200 },
    );
  });

  it('puts the Met default on duty: 30,940 officers at 40 h and 88.6% give about 1.1 million officer-hours a week', () => {
    const sup = supply({ headcount: 30940, availability: 0.886, hoursPerWeek: 40, shifts: threeShifts.map(shiftSpec) });
    expect(sup.weeklyHours).toBeCloseTo(1_096_513.6, 1);
    // 137,064.2 officer-shifts a week: 6,853.2 per early or late shift, 5,874.2 per night. Rounding hands
    // the 4 officers left over to the largest remainders, the early shifts from Monday to Thursday.
    expect(sup.onDuty[slotOf('Mon', '12:00')]).toBe(6854);
    expect(sup.onDuty[slotOf('Fri', '12:00')]).toBe(6853);
    expect(sup.onDuty[slotOf('Mon', '03:00')]).toBe(5874);
    expect(sup.reliefFactor).toBeCloseTo(4.74, 2);
  });

  it('carries a Sunday night shift over midnight into Monday morning', () => {
    const sup = supply({ headcount: 1000, availability: 1, hoursPerWeek: 40, shifts: [shiftSpec({ name: 'Night', start: '23:00', hours: 8, share: 1, days: [0, 0, 0, 0, 0, 0, 1] })] });
    expect(sup.onDuty[SLOTS_PER_WEEK - 1]).toBe(5000);
    expect(sup.onDuty[slotOf('Mon', '06:45')]).toBe(5000);
    expect(sup.onDuty[slotOf('Mon', '07:00')]).toBe(0);
    expect(sup.onDuty[slotOf('Sun', '22:45')]).toBe(0);
  });
});
