/** One evaluated point of a frontier search: a whole value (e.g. a headcount) and its share. */
export interface FrontierPoint {
  value: number;
  share: number;
}

export interface FrontierOptions {
  /** The share to reach, e.g. 0.9. */
  target: number;
  /** The first whole value evaluated (e.g. the scenario's headcount). */
  start: number;
  /** The smallest and largest whole values allowed (e.g. the schema's bounds). Default 0 and 10,000,000. */
  min?: number;
  max?: number;
  /** The first step when bracketing; it doubles until the target is bracketed. Default a tenth of start, at least 1. */
  step?: number;
  /** Called after each evaluation, e.g. for progress. */
  onPoint?: (point: FrontierPoint) => void;
}

export interface FrontierResult {
  target: number;
  /**
   * The smallest whole value found whose share reaches the target: its share reaches it and the share
   * of value - 1 does not (or value is `min`). Null when even `max` falls short.
   */
  value: number | null;
  share: number | null;
  /** Every evaluated point, in the order evaluated. */
  points: FrontierPoint[];
  /**
   * Whether the evaluated shares rise with the value (never lower at a larger value). The search
   * assumes they do; when they do not, a smaller value may also reach the target.
   */
  monotone: boolean;
  /** Pairs of evaluated points where a larger value has a lower share. */
  violations: [FrontierPoint, FrontierPoint][];
}

/**
 * The smallest whole value whose share reaches `target`, assuming the share never falls as the value
 * grows (more officers never serve calls worse). Brackets the answer from `start` with steps that
 * double (down while the target is reached, up while it is not), then bisects between the last value
 * that falls short and the first that reaches it, so it takes about 2 log2(distance) + log2(bracket)
 * evaluations. The assumption is checked on every point evaluated and reported (`monotone`), not
 * trusted silently. `evaluate` is called one value at a time; each value at most once.
 */
export async function frontierSearch(evaluate: (value: number) => Promise<number>, options: FrontierOptions): Promise<FrontierResult> {
  const { target } = options;
  const min = Math.ceil(options.min ?? 0);
  const max = Math.floor(options.max ?? 10_000_000);
  if (!(min <= max)) throw new RangeError(`frontier search: min ${min} is above max ${max}`);
  const start = Math.min(max, Math.max(min, Math.round(options.start)));
  let step = Math.max(1, Math.round(options.step ?? start / 10));

  const known = new Map<number, number>();
  const points: FrontierPoint[] = [];
  const at = async (value: number): Promise<number> => {
    const seen = known.get(value);
    if (seen !== undefined) return seen;
    const share = await evaluate(value);
    known.set(value, share);
    const point = { value, share };
    points.push(point);
    options.onPoint?.(point);
    return share;
  };
  const reaches = async (value: number) => (await at(value)) >= target;

  // lo falls short (or is min - 1, "below the range"), hi reaches the target (or is null).
  let lo: number;
  let hi: number | null;
  if (await reaches(start)) {
    hi = start;
    lo = min - 1;
    while (hi > min) {
      const down = Math.max(min, hi - step);
      if (!(await reaches(down))) {
        lo = down;
        break;
      }
      hi = down;
      step *= 2;
    }
  } else {
    lo = start;
    hi = null;
    while (lo < max) {
      const up = Math.min(max, lo + step);
      if (await reaches(up)) {
        hi = up;
        break;
      }
      lo = up;
      step *= 2;
    }
  }
  if (hi !== null) {
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (await reaches(mid)) hi = mid;
      else lo = mid;
    }
  }
  const violations = monotoneViolations(points);
  return {
    target,
    value: hi,
    share: hi === null ? null : known.get(hi)!,
    points,
    monotone: violations.length === 0,
    violations,
  };
}

/** Neighbouring points (ordered by value) where the larger value has the lower share. */
export function monotoneViolations(points: readonly FrontierPoint[]): [FrontierPoint, FrontierPoint][] {
  const sorted = [...points].sort((a, b) => a.value - b.value);
  const out: [FrontierPoint, FrontierPoint][] = [];
  for (let i = 1; i < sorted.length; i++) if (sorted[i].share < sorted[i - 1].share) out.push([sorted[i - 1], sorted[i]]);
  return out;
}
