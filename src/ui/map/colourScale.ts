import { interpolateCividis, interpolatePuOr, interpolateViridis, scaleLinear, scalePow } from 'd3';
import type { MeasureKey } from '../state/appState.ts';
import { MEASURE_INFO } from './measureInfo.ts';

export const NO_DATA_COLOUR = '#bdbdbd';
/**
 * Zones are filled in this many steps along the ramp. More than the eye tells apart on a map, and few
 * enough that a zone's colour changes only when its figure moves a step: moving through the week then
 * changes (and redraws) only the zones that changed, not every zone by a hair.
 */
export const COLOUR_STEPS = 64;

/** `ramp` sampled at COLOUR_STEPS points from 0 to 1, and a lookup from a position to its step's colour. */
function stepped(ramp: (t: number) => string): (position: number) => string {
  const table = Array.from({ length: COLOUR_STEPS }, (_, i) => ramp(i / (COLOUR_STEPS - 1)));
  return (t) => table[Math.round(Math.min(1, Math.max(0, t)) * (COLOUR_STEPS - 1))];
}

export interface ColourScale {
  /** CSS colour for a value, in COLOUR_STEPS steps along the ramp; NO_DATA_COLOUR for NaN. */
  color(value: number): string;
  /** Position 0..1 of a value along the ramp (clamped). */
  position(value: number): number;
  /** Colour at a position 0..1 along the ramp, for drawing the legend. */
  colorAt(position: number): string;
  /** Values to label on the legend, in order. */
  ticks: number[];
  domain: [number, number];
}

/** Rounds up to a value whose quarters and halves are round: 538 -> 600, 0.83 -> 1, 612,000 -> 800,000. */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const steps = [1, 1.2, 1.6, 2, 2.4, 3, 4, 5, 6, 8, 10];
  return (steps.find((s) => s * power >= value - 1e-9 * power) ?? 10) * power;
}

/**
 * The colour scale for a measure whose values reach `extent` in absolute size: Cividis (officers and
 * queueing) or Viridis (people) from zero, or purple/orange (PuOr) around zero for changes. All three
 * are colour-blind safe.
 */
export function colourScale(measure: MeasureKey, extent: number): ColourScale {
  const info = MEASURE_INFO[measure];
  const top = measure === 'pWait' || measure === 'withinTarget' ? 1 : niceCeiling(extent);
  const exponent = info.sqrt ? 0.5 : 1;
  if (info.kind === 'diverging') {
    // Each side is its own power ramp from the middle, so both halves stay symmetric.
    const half = scalePow().exponent(exponent).domain([0, top]).range([0, 0.5]).clamp(true);
    const position = (v: number) => 0.5 + Math.sign(v) * half(Math.abs(v));
    const ticks = info.sqrt ? [-top, -top / 4, 0, top / 4, top] : [-top, -top / 2, 0, top / 2, top];
    const fill = stepped(interpolatePuOr);
    return {
      color: (v) => (Number.isFinite(v) ? fill(position(v)) : NO_DATA_COLOUR),
      position,
      colorAt: interpolatePuOr,
      ticks,
      domain: [-top, top],
    };
  }
  const ramp = info.officerMeasure ? interpolateCividis : interpolateViridis;
  const unit = scalePow().exponent(exponent).domain([0, top]).range([0, 1]).clamp(true);
  const ticks = info.sqrt ? [0, top / 16, top / 4, top / 2, top] : scaleLinear().domain([0, top]).ticks(4);
  if (ticks.at(-1) !== top) {
    // The top is always labelled; a round tick just below it would crowd it.
    if (top - (ticks.at(-1) ?? 0) < top * 0.2) ticks.pop();
    ticks.push(top);
  }
  const fill = stepped(ramp);
  return {
    color: (v) => (Number.isFinite(v) ? fill(unit(v)) : NO_DATA_COLOUR),
    position: unit,
    colorAt: ramp,
    ticks,
    domain: [0, top],
  };
}
