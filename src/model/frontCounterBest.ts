import type { OpeningWindow } from './frontCounterHours.ts';
import { SLOTS_PER_DAY } from './time.ts';

export interface BestOpening {
  /** One window per day (null = closed). */
  windows: (OpeningWindow | null)[];
  /** Sum of the weights of the open slots. */
  value: number;
}

/**
 * The timetable with exactly `totalSlots` open slots that maximises the sum of `weights` over its open
 * slots, opening at most once a day for at least `minSlots` slots (or not at all), each window within
 * its day. Exact: for each day and window length the best start comes from prefix sums, then a dynamic
 * programme over days and slots used (a knapsack with one choice per day), O(days x totalSlots x
 * slotsPerDay). Ties go to the earlier start and, across days, to the first optimum found. Null when no
 * timetable has exactly `totalSlots` slots (e.g. fewer than `minSlots` but not 0).
 * `weights` is day-major: weights[day * slotsPerDay + q].
 */
export function bestOpeningHours(
  weights: ArrayLike<number>, totalSlots: number, minSlots: number, slotsPerDay = SLOTS_PER_DAY,
): BestOpening | null {
  const days = Math.floor(weights.length / slotsPerDay);
  const S = slotsPerDay;
  const K = totalSlots;
  const L = Math.max(1, minSlots);
  if (!Number.isInteger(K) || K < 0 || K > days * S) return null;

  // best[d * (S + 1) + len]: the best window of `len` slots on day d and where it starts.
  const best = new Float64Array(days * (S + 1));
  const start = new Int32Array(days * (S + 1));
  const prefix = new Float64Array(S + 1);
  for (let d = 0; d < days; d++) {
    for (let q = 0; q < S; q++) prefix[q + 1] = prefix[q] + weights[d * S + q];
    for (let len = L; len <= S; len++) {
      let top = -Infinity;
      let at = 0;
      for (let s = 0; s + len <= S; s++) {
        const v = prefix[s + len] - prefix[s];
        if (v > top) [top, at] = [v, s];
      }
      best[d * (S + 1) + len] = top;
      start[d * (S + 1) + len] = at;
    }
  }

  // value[d * (K + 1) + k]: the best total over days before d with k slots open; choice: that day's length.
  const value = new Float64Array((days + 1) * (K + 1)).fill(-Infinity);
  const choice = new Int32Array(days * (K + 1));
  value[0] = 0;
  for (let d = 0; d < days; d++) {
    const from = d * (K + 1);
    const to = (d + 1) * (K + 1);
    for (let k = 0; k <= K; k++) {
      let top = value[from + k];
      let pick = 0;
      for (let len = L; len <= Math.min(S, k); len++) {
        const before = value[from + k - len];
        if (before === -Infinity) continue;
        const v = before + best[d * (S + 1) + len];
        if (v > top) [top, pick] = [v, len];
      }
      value[to + k] = top;
      choice[d * (K + 1) + k] = pick;
    }
  }
  const total = value[days * (K + 1) + K];
  if (total === -Infinity) return null;

  const windows: (OpeningWindow | null)[] = Array.from({ length: days }, () => null);
  for (let d = days - 1, k = K; d >= 0; d--) {
    const len = choice[d * (K + 1) + k];
    if (len > 0) {
      const open = start[d * (S + 1) + len];
      windows[d] = { open, close: open + len };
    }
    k -= len;
  }
  return { windows, value: total };
}
