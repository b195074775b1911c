import { SLOT_MINUTES } from '../time.ts';
import { CellStats, groupingFigures, TIME_UNITS, type GroupingSums } from './cellStats.ts';
import { meanInterval } from './ratioInterval.ts';
import { CROSSED, UNATTENDED, type ReplicationResult } from './replicationResult.ts';
import type { ResponseInputs } from './responseInputs.ts';
import type { GradeResponse, ResponseResult } from './responseResult.ts';
import { GRADE_NAMES } from './responseParams.ts';
import { studentTQuantile } from './studentT.ts';

/**
 * What a set of replications adds up to, in a form that merges exactly: every sum is of whole numbers
 * (counts, and times in TIME_UNITS), so summaries of any split of the replications, merged in any order,
 * give the same bits. A worker summarises the replications it ran and sends this back (its typed arrays
 * are transferable); `mergeSummaries` makes the result.
 */
export interface ResponseSummary {
  grades: number;
  /** Replication numbers and, per replication and grade ([j * grades + g]), the mean number waiting. */
  ks: Float64Array;
  meanWaiting: Float64Array;
  events: number;
  /** Per grade: waits of every call (unattended ones up to the week's end) in TIME_UNITS, unattended, crossed and attended calls. */
  waitUnits: Float64Array;
  unattended: Float64Array;
  crossed: Float64Array;
  attended: Float64Array;
  /** Zone-slots, zones, slots, whole force. */
  groupings: GroupingSums[];
}

/** Sums a set of replications (for instance those one worker ran). */
export function summariseReplications(inputs: ResponseInputs, results: readonly ReplicationResult[]): ResponseSummary {
  const { n, slots, grades } = inputs;
  const week = slots * SLOT_MINUTES;
  const zs = n * slots;
  const stats = [new CellStats(zs, grades), new CellStats(n, grades), new CellStats(slots, grades), new CellStats(1, grades)];
  const [zoneSlot, zone, slot, total] = stats;
  const out: ResponseSummary = {
    grades, ks: new Float64Array(results.length), meanWaiting: new Float64Array(results.length * grades), events: 0,
    waitUnits: new Float64Array(grades), unattended: new Float64Array(grades), crossed: new Float64Array(grades),
    attended: new Float64Array(grades), groupings: stats.map((s) => s.sums),
  };
  const target = inputs.targetMinutes;
  const { waitUnits, attended, crossed, unattended } = out;
  for (let j = 0; j < results.length; j++) {
    const rep = results[j];
    out.ks[j] = rep.k;
    out.events += rep.events;
    for (let g = 0; g < grades; g++) out.meanWaiting[j * grades + g] = rep.queueMinutes[g] / week;
    countCalls(rep, target, n, slots, zoneSlot, zone, slot, total, waitUnits, attended, crossed, unattended);
    for (const c of stats) c.endReplication();
  }
  for (const c of stats) c.startTimes();
  for (const rep of results) {
    for (let i = 0; i < rep.calls; i++) {
      if (rep.flags[i] & UNATTENDED) continue;
      const g = rep.grade[i];
      const response = rep.wait[i] + rep.travel[i];
      zoneSlot.time(g * zs + rep.slot[i] * n + rep.zone[i], response);
      zone.time(g * n + rep.zone[i], response);
      slot.time(g * slots + rep.slot[i], response);
      total.time(g, response);
    }
  }
  return out;
}

/** Counts one replication's calls into the four groupings and the per-grade totals. */
function countCalls(
  rep: ReplicationResult, target: Float64Array, n: number, slots: number,
  zoneSlot: CellStats, zone: CellStats, slot: CellStats, total: CellStats,
  waitUnits: Float64Array, attended: Float64Array, crossed: Float64Array, unattended: Float64Array,
): void {
  const zs = n * slots;
  const { grade, zone: zones, slot: slotOf, wait, travel, flags } = rep;
  for (let i = 0; i < rep.calls; i++) {
    const g = grade[i];
    const z = zones[i];
    const s = slotOf[i];
    const f = flags[i];
    const done = (f & UNATTENDED) === 0;
    const within = done && wait[i] + travel[i] <= target[g];
    const wu = Math.round(wait[i] * TIME_UNITS);
    const tu = done ? Math.round(travel[i] * TIME_UNITS) : 0;
    waitUnits[g] += wu;
    if (done) {
      attended[g]++;
      if (f & CROSSED) crossed[g]++;
    } else unattended[g]++;
    zoneSlot.count(g * zs + s * n + z, done, within, wu, tu);
    zone.count(g * n + z, done, within, wu, tu);
    slot.count(g * slots + s, done, within, wu, tu);
    total.count(g, done, within, wu, tu);
  }
}

/** The typed arrays' buffers of a summary, to transfer it between threads. */
export function summaryBuffers(s: ResponseSummary): ArrayBuffer[] {
  const arrays: ArrayBufferView[] = [s.ks, s.meanWaiting, s.waitUnits, s.unattended, s.crossed, s.attended];
  for (const g of s.groupings) arrays.push(g.sc, g.sw, g.scc, g.sww, g.scw, g.attended, g.waitUnits, g.travelUnits, g.offsets, g.times);
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}

/**
 * Merges summaries of disjoint sets of replications into one result: per zone and slot, per zone, per
 * slot and for the whole force. The result depends only on which replications ran, not on how they were
 * split between workers or the order summaries arrive in. Replication numbers must be distinct.
 */
export function mergeSummaries(inputs: ResponseInputs, summaries: readonly ResponseSummary[]): ResponseResult {
  const { n, slots, grades } = inputs;
  const week = slots * SLOT_MINUTES;
  const reps: { k: number; waiting: Float64Array }[] = [];
  for (const s of summaries) s.ks.forEach((k, j) => reps.push({ k, waiting: s.meanWaiting.subarray(j * grades, (j + 1) * grades) }));
  reps.sort((a, b) => a.k - b.k);
  for (let i = 1; i < reps.length; i++) {
    if (reps[i].k === reps[i - 1].k) throw new RangeError(`replication ${reps[i].k} is given twice`);
  }
  const r = reps.length;
  const tq = studentTQuantile(0.975, r - 1);
  const f32 = (l: number) => new Float32Array(l);
  const f64 = (l: number) => new Float64Array(l);
  const figures = [0, 1, 2, 3].map((i) => groupingFigures(summaries.map((s) => s.groupings[i]), grades, r, tq, i === 0 ? f32 : f64));
  const sum = (key: 'waitUnits' | 'unattended' | 'crossed' | 'attended', g: number) => summaries.reduce((a, s) => a + s[key][g], 0);
  const out: GradeResponse[] = [];
  for (let g = 0; g < grades; g++) {
    const l = meanInterval(reps.map((x) => x.waiting[g]));
    const attended = sum('attended', g);
    out.push({
      name: GRADE_NAMES[g] ?? `grade ${g}`,
      targetMinutes: inputs.targetMinutes[g],
      zoneSlot: figures[0][g], zone: figures[1][g], slot: figures[2][g], total: figures[3][g],
      unattended: sum('unattended', g) / r,
      crossedShare: attended > 0 ? sum('crossed', g) / attended : NaN,
      meanWaiting: l.mean, meanWaitingLow: l.low, meanWaitingHigh: l.high,
      arrivalRateTimesWait: sum('waitUnits', g) / TIME_UNITS / r / week,
    });
  }
  const events = summaries.reduce((a, s) => a + s.events, 0);
  return {
    n, slots, replications: r, seed: inputs.seed, grades: out,
    units: Int32Array.from(inputs.units), eventsPerReplication: events / r,
  };
}

/** Merges replications in this thread: summaries of each, merged (order of the results does not matter). */
export function mergeReplications(inputs: ResponseInputs, results: readonly ReplicationResult[]): ResponseResult {
  return mergeSummaries(inputs, [summariseReplications(inputs, results)]);
}
