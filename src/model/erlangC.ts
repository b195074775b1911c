export interface QueueEstimate {
  /** Probability an arriving call waits for a free unit, C(c, R). */
  pWait: number;
  /** Mean wait in minutes (Infinity when the queue is unstable). */
  meanWait: number;
  /** Share of calls a unit is free for within the target time, P(Wq <= t). */
  withinTarget: number;
}

/**
 * Erlang C (M/M/c) for c units, calls arriving at `perHour` and taking `serviceMinutes` each:
 *   R = lambda / mu,  C(c, R) = [R^c/c! * c/(c-R)] / [sum_{k<c} R^k/k! + R^c/c! * c/(c-R)],
 *   Wq = C / (c mu - lambda),  P(Wq > t) = C exp(-(c mu - lambda) t).
 * C is computed through the Erlang B recursion B_k = R B_{k-1} / (k + R B_{k-1}) and
 * C = c B / (c - R (1 - B)), which stays finite for large c. With c <= R every call waits forever.
 */
export function erlangC(c: number, perHour: number, serviceMinutes: number, targetMinutes: number): QueueEstimate {
  if (perHour <= 0) return { pWait: 0, meanWait: 0, withinTarget: 1 };
  const lambda = perHour / 60;
  const mu = 1 / serviceMinutes;
  const r = lambda / mu;
  if (c <= r) return { pWait: 1, meanWait: Infinity, withinTarget: 0 };
  let b = 1;
  for (let k = 1; k <= c; k++) b = (r * b) / (k + r * b);
  const pWait = (c * b) / (c - r * (1 - b));
  const rate = c * mu - lambda;
  return { pWait, meanWait: pWait / rate, withinTarget: 1 - pWait * Math.exp(-rate * targetMinutes) };
}
