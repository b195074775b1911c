import { interpolatePuOr, scaleDivergingSqrt } from 'd3';

export interface NetChangeScale {
  /** Largest absolute value on the scale; the domain is [-extent, 0, +extent]. */
  extent: number;
  /** CSS colour for a net change. */
  color(value: number): string;
  /** Legend ticks, from -extent to +extent. */
  ticks: number[];
  /** Position 0..1 of a value along the colour ramp. */
  position(value: number): number;
  /** Colour at a position 0..1 along the ramp (for drawing the legend). */
  colorAt(position: number): string;
}

/** Rounds up to a round number whose quarter is also round: 612,000 -> 800,000; 61,000 -> 80,000. */
function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const steps = [1, 1.2, 1.6, 2, 2.4, 4, 6, 8, 10];
  const step = steps.find((s) => s * power >= value) ?? 10;
  return step * power;
}

/**
 * Diverging purple/orange scale (colour-blind safe), symmetric around zero: purple = people leave
 * by day, orange = people arrive. A square-root ramp keeps outer boroughs' losses of tens of
 * thousands visible next to central gains of hundreds of thousands.
 */
export function netChangeScale(values: ArrayLike<number>): NetChangeScale {
  let largest = 0;
  for (let i = 0; i < values.length; i++) {
    const v = Math.abs(values[i]);
    if (Number.isFinite(v) && v > largest) largest = v;
  }
  const extent = niceCeiling(largest);
  // interpolatePuOr runs purple (0) to orange (1); the scale maps -extent to 0 and +extent to 1.
  const scale = scaleDivergingSqrt(interpolatePuOr).domain([-extent, 0, extent]).clamp(true);
  const unit = scaleDivergingSqrt<number>().domain([-extent, 0, extent]).clamp(true);
  // On a square-root ramp a quarter of the extent sits halfway between 0 and the end.
  const quarter = extent / 4;
  return {
    extent,
    color: (value) => (Number.isFinite(value) ? scale(value) : '#bdbdbd'),
    ticks: [-extent, -quarter, 0, quarter, extent],
    position: (value) => unit(value),
    colorAt: (position) => interpolatePuOr(position),
  };
}
