/**
 * Timing with a warm-up and a sink: every timed function returns a number that is added to `sink`,
 * so V8 cannot drop the work as dead code. Times are in milliseconds from performance.now().
 */
export interface Stats {
  samples: number[];
  min: number;
  median: number;
  max: number;
  mean: number;
  std: number;
}

let sinkValue = 0;

/** Keeps a result alive; the total is printed at the end of a run. */
export function sink(x: number): void {
  sinkValue += Number.isFinite(x) ? x : 0;
}

export function sinkTotal(): number {
  return sinkValue;
}

export function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const k = s.length;
  const median = k % 2 ? s[(k - 1) / 2] : (s[k / 2 - 1] + s[k / 2]) / 2;
  const mean = s.reduce((a, b) => a + b, 0) / k;
  const std = k > 1 ? Math.sqrt(s.reduce((a, b) => a + (b - mean) ** 2, 0) / (k - 1)) : 0;
  return { samples, min: s[0], median, max: s[k - 1], mean, std };
}

/** Runs fn `warmup` times untimed, then `repeats` times timed. */
export function measure(fn: () => number, warmup: number, repeats: number): Stats {
  for (let i = 0; i < warmup; i++) sink(fn());
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t = performance.now();
    const v = fn();
    samples.push(performance.now() - t);
    sink(v);
  }
  return stats(samples);
}

export async function measureAsync(fn: () => Promise<number>, warmup: number, repeats: number): Promise<Stats> {
  for (let i = 0; i < warmup; i++) sink(await fn());
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t = performance.now();
    const v = await fn();
    samples.push(performance.now() - t);
    sink(v);
  }
  return stats(samples);
}
