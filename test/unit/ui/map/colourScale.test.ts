import { describe, expect, test } from 'vitest';
import { COLOUR_STEPS, colourScale, niceCeiling, NO_DATA_COLOUR } from '../../../../src/ui/map/colourScale.ts';
import { formatMeasure } from '../../../../src/ui/map/formatMeasure.ts';

describe('niceCeiling', () => {
  test('rounds up to a round number', () => {
    expect(niceCeiling(538)).toBe(600);
    expect(niceCeiling(612_000)).toBe(800_000);
    expect(niceCeiling(1)).toBe(1);
    expect(niceCeiling(0)).toBe(1);
  });
});

describe('colourScale', () => {
  test('officers: a sequential ramp from zero, labelled up to its round top', () => {
    const scale = colourScale('officers', 538);
    expect(scale.domain).toEqual([0, 600]);
    expect(scale.ticks).toEqual([0, 200, 400, 600]);
    expect(scale.position(0)).toBe(0);
    expect(scale.position(600)).toBe(1);
    expect(scale.color(538)).not.toBe(scale.color(150));
    expect(scale.color(Number.NaN)).toBe(NO_DATA_COLOUR);
  });

  test('fills in COLOUR_STEPS steps: values within half a step share a colour, the ends are the ramp\'s ends', () => {
    const scale = colourScale('officers', 640);
    const top = scale.domain[1];
    const step = top / (COLOUR_STEPS - 1);
    expect(scale.color(10 * step + 0.4 * step)).toBe(scale.color(10 * step));
    expect(scale.color(10 * step + 0.6 * step)).toBe(scale.color(11 * step));
    expect(new Set(Array.from({ length: 2000 }, (_, i) => scale.color((i / 1999) * top))).size).toBe(COLOUR_STEPS);
    expect([scale.color(0), scale.color(top)]).toEqual([scale.colorAt(0), scale.colorAt(1)]);
  });

  test('labels the top of the scale without crowding it', () => {
    expect(colourScale('officers', 1580).ticks).toEqual([0, 500, 1000, 1600]);
  });

  test('change: symmetric around zero, gains and losses in different hues, zero in the middle', () => {
    const scale = colourScale('change', 354);
    expect(scale.domain).toEqual([-400, 400]);
    expect(scale.position(0)).toBe(0.5);
    expect(scale.position(-400)).toBe(0);
    expect(scale.position(200)).toBe(0.75);
    expect(new Set([scale.color(-200), scale.color(0), scale.color(200)]).size).toBe(3);
  });

  test('people present: a square-root ramp, so a quarter of the top sits halfway', () => {
    const scale = colourScale('present', 1_000_000);
    expect(scale.position(250_000)).toBeCloseTo(0.5, 12);
    expect(scale.ticks.at(-1)).toBe(1_000_000);
  });

  test('probability of waiting always runs from 0 to 100%', () => {
    const scale = colourScale('pWait', 0.01);
    expect(scale.domain).toEqual([0, 1]);
    expect(scale.ticks.map((t) => formatMeasure('pWait', t))).toEqual(['0%', '20%', '40%', '60%', '80%', '100%']);
  });
});

describe('formatMeasure', () => {
  test('writes each measure as people read it', () => {
    expect(formatMeasure('officers', 6854)).toBe('6,854');
    expect(formatMeasure('change', -12)).toBe('\u221212');
    expect(formatMeasure('change', 354)).toBe('+354');
    expect(formatMeasure('per1000', 0.4567)).toBe('0.5');
    expect(formatMeasure('present', 1_234_567, { compact: true })).toBe('1.2m');
    expect(formatMeasure('netChange', -60_000, { compact: true })).toBe('\u221260k');
    expect(formatMeasure('officers', Number.NaN)).toBe('none');
  });
});
