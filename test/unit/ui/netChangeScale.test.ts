import { describe, expect, test } from 'vitest';
import { netChangeScale } from '../../../src/ui/netChangeScale.ts';

describe('netChangeScale', () => {
  test('is symmetric around zero, reaching at least the largest absolute change', () => {
    const scale = netChangeScale([-60730, 114381, 612000]);
    expect(scale.extent).toBeGreaterThanOrEqual(612000);
    expect(scale.ticks[0]).toBe(-scale.extent);
    expect(scale.ticks.at(-1)).toBe(scale.extent);
    expect(scale.position(0)).toBe(0.5);
    expect(scale.position(-scale.extent)).toBe(0);
    expect(scale.position(scale.extent)).toBe(1);
  });

  test('gives gains and equal losses different colours, and zero a third', () => {
    const scale = netChangeScale([-1000, 1000]);
    const colours = new Set([scale.color(-500), scale.color(0), scale.color(500)]);
    expect(colours.size).toBe(3);
  });

  test('places quarter-extent ticks halfway along each side of the ramp', () => {
    const scale = netChangeScale([-80000, 80000]);
    expect(scale.position(scale.ticks[1])).toBeCloseTo(0.25);
    expect(scale.position(scale.ticks[3])).toBeCloseTo(0.75);
  });

  test('uses round numbers for the ticks', () => {
    const { ticks } = netChangeScale([612000]);
    expect(ticks).toEqual([-800000, -200000, 0, 200000, 800000]);
  });

  test('greys out values that are not numbers', () => {
    expect(netChangeScale([1]).color(Number.NaN)).toBe('#bdbdbd');
  });
});
