import { DAYS, SLOTS_PER_DAY, SLOTS_PER_WEEK, parseClock } from './time.ts';

export interface ShiftSpec {
  name: string;
  /** Start as a slot of the day (0..95). */
  startSlot: number;
  /** Length in 15-minute slots. */
  slots: number;
  share: number;
  /** Relative weight of each start day, Monday first. */
  days: number[];
}

export interface SupplySpec {
  headcount: number;
  availability: number;
  hoursPerWeek: number;
  shifts: ShiftSpec[];
}

export interface Supply {
  /** Whole officers on duty in each slot of the week. */
  onDuty: Int32Array;
  /** Whole officers starting shift k on day d: starts[k * 7 + d]. */
  starts: Int32Array;
  /** Officer-hours the headcount delivers in a week (before rounding to whole officers). */
  weeklyHours: number;
  /** Officers needed to keep one post filled around the clock: 168 / (hours per week x availability). */
  reliefFactor: number;
}

export function shiftSpec(s: { name: string; start: string; hours: number; share: number; days?: number[] }): ShiftSpec {
  const startSlot = parseClock(s.start);
  if (startSlot === null || startSlot >= SLOTS_PER_DAY) throw new RangeError(`shift ${s.name}: bad start ${s.start}`);
  return { name: s.name, startSlot, slots: Math.round(s.hours * 4), share: s.share, days: s.days ?? [1, 1, 1, 1, 1, 1, 1] };
}

/**
 * Officers on duty per slot. The headcount works hoursPerWeek x availability hours a week each; shift k
 * delivers `share` of those hours, spread over start days by `days`. Whole officers start each shift
 * (largest-remainder rounding keeps the week's starts at their rounded total), and a shift that runs
 * past Sunday midnight wraps round to Monday: the week repeats.
 */
export function supply(spec: SupplySpec): Supply {
  const weeklyHours = spec.headcount * spec.hoursPerWeek * spec.availability;
  const k = spec.shifts.length;
  const raw = new Float64Array(k * 7);
  spec.shifts.forEach((sh, i) => {
    const daySum = sh.days.reduce((a, b) => a + b, 0);
    for (let d = 0; d < 7; d++) raw[i * 7 + d] = (weeklyHours * sh.share * (sh.days[d] / daySum)) / (sh.slots / 4);
  });
  const starts = largestRemainder(raw);
  const onDuty = new Int32Array(SLOTS_PER_WEEK);
  spec.shifts.forEach((sh, i) => {
    for (let d = 0; d < DAYS.length; d++) {
      const officers = starts[i * 7 + d];
      if (officers === 0) continue;
      const first = d * SLOTS_PER_DAY + sh.startSlot;
      for (let j = 0; j < sh.slots; j++) onDuty[(first + j) % SLOTS_PER_WEEK] += officers;
    }
  });
  return { onDuty, starts, weeklyHours, reliefFactor: 168 / (spec.hoursPerWeek * spec.availability) };
}

/** Rounds non-negative reals to integers summing to the rounded total; ties go to the lower index. */
function largestRemainder(raw: Float64Array): Int32Array {
  const out = new Int32Array(raw.length);
  let total = 0;
  let floors = 0;
  for (let i = 0; i < raw.length; i++) {
    out[i] = Math.floor(raw[i]);
    floors += out[i];
    total += raw[i];
  }
  const order = Array.from(raw.keys()).sort((a, b) => raw[b] - out[b] - (raw[a] - out[a]) || a - b);
  for (let j = 0; j < Math.round(total) - floors; j++) out[order[j]]++;
  return out;
}
