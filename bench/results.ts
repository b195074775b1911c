import type { Stats } from './timing.ts';

/** One timed step at one scale, or a step skipped with the reason. */
export interface StepResult {
  zones: number;
  step: string;
  /** Zone-slots the step covers (zones x slots), for ns per zone-slot. */
  zoneSlots: number;
  stats: Stats | null;
  skipped?: string;
  note?: string;
  /** Smoothed solves: the optimal deviation found (the same instance solved two ways must agree). */
  deviation?: number;
}

/** The engine's per-slot result against HiGHS solving the same QP. */
export interface QpResult {
  zones: number;
  slots: number;
  highsMsPerSlot: Stats | null;
  engineMsPerSlot: number;
  /** Fastest of the engine's timed batches (less sensitive to other work on the machine). */
  engineMsPerSlotMin: number;
  maxAbsDiff: number;
  /** max |engine - HiGHS| / max(1, |HiGHS|) over the zones and slots compared. */
  maxRelDiff: number;
  /** HiGHS median time per slot over the engine's time per slot. */
  speedRatio: number;
  skipped?: string;
}

export interface TransferResult {
  megabytes: number;
  transfer: Stats;
  clone: Stats;
}

export interface ParallelResult {
  zones: number;
  sequential: Stats;
  parallel: Stats;
  /** Wall time of one scenario alone on one worker, for reference. */
  single: Stats;
  /** The same two-vs-one comparison for a CPU-only loop: the parallelism the machine offered. */
  spinSequential: Stats;
  spinParallel: Stats;
}

/** The response simulation on a London week (see responseBench.ts). */
export interface ResponseBenchResult {
  replications: number;
  /** Events (arrivals and completions) in one replication, and the heap size the floor holds. */
  events: number;
  heapSize: number;
  /** One replication on the main thread, and the floor for the same number of events. */
  replication: Stats;
  floor: Stats;
  /** All replications (simulation, transfer back and merge) on one worker, and split over two. */
  oneWorker: Stats;
  twoWorkers: Stats;
  spinOne: Stats;
  spinTwo: Stats;
  /** One and two workers merged to the same figures. */
  sameResult: boolean;
  /** Fixed-borough's share of immediate calls within 15 minutes from 10 replications (a sanity figure). */
  immediateShare: number;
}

export interface TargetLine {
  pass: boolean | null;
  text: string;
}

export interface BenchResults {
  node: string;
  cpus: number;
  /** 1, 5 and 15-minute load averages at the start, then at the end (other work on the machine skews timings). */
  loadAverage: number[];
  quick: boolean;
  steps: StepResult[];
  /** The smoothed method's min-cost flow on the London week and its 1 km hexagons. */
  london: StepResult[];
  qp: QpResult[];
  transfer: TransferResult | null;
  parallel: ParallelResult | null;
  response: ResponseBenchResult | null;
  targets: TargetLine[];
  wallSeconds: number;
  sink: number;
}

/** Nanoseconds per zone-slot of a step's median. */
export function nsPerZoneSlot(r: StepResult): number {
  return r.stats ? (r.stats.median * 1e6) / r.zoneSlots : NaN;
}
