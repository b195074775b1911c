import { SLOT_MINUTES } from '../time.ts';
import { nearestRank } from './nearestRank.ts';
import { meanInterval, ratioInterval } from './ratioInterval.ts';
import { UNATTENDED, type ReplicationResult } from './replicationResult.ts';
import type { ResponseInputs } from './responseInputs.ts';
import type { GradeResponse, ResponseFigures, ResponseResult } from './responseResult.ts';
import { GRADE_NAMES } from './responseParams.ts';
import { studentTQuantile } from './studentT.ts';

/** Which cells calls are grouped into, and the array type of the figures. */
interface Grouping {
  cells: number;
  cell(zone: number, slot: number): number;
  make(length: number): Float64Array | Float32Array;
}

/**
 * Merges replications into one result. Replications are taken in order of k whatever order they
 * arrive in, so the result depends only on which replications ran, not on how many workers ran them or
 * which finished first. Replication numbers must be distinct.
 */
export function mergeReplications(inputs: ResponseInputs, results: readonly ReplicationResult[]): ResponseResult {
  const sorted = [...results].sort((a, b) => a.k - b.k);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].k === sorted[i - 1].k) throw new RangeError(`replication ${sorted[i].k} is given twice`);
  }
  const { n, slots, grades } = inputs;
  const week = slots * SLOT_MINUTES;
  const groupings: Grouping[] = [
    { cells: n * slots, cell: (z, s) => s * n + z, make: (l) => new Float32Array(l) },
    { cells: n, cell: (z) => z, make: (l) => new Float64Array(l) },
    { cells: slots, cell: (_, s) => s, make: (l) => new Float64Array(l) },
    { cells: 1, cell: () => 0, make: (l) => new Float64Array(l) },
  ];
  const [zoneSlot, zone, slot, total] = groupings.map((g) => figures(inputs, sorted, g));
  const out: GradeResponse[] = [];
  for (let g = 0; g < grades; g++) {
    const r = sorted.length;
    const waiting = new Float64Array(r);
    let waitSum = 0;
    let unattended = 0;
    let crossed = 0;
    let attended = 0;
    sorted.forEach((rep, j) => {
      waiting[j] = rep.queueMinutes[g] / week;
      for (let i = 0; i < rep.calls; i++) {
        if (rep.grade[i] !== g) continue;
        waitSum += rep.wait[i];
        if (rep.flags[i] & UNATTENDED) unattended++;
        else {
          attended++;
          if (rep.flags[i] & 1) crossed++;
        }
      }
    });
    const l = meanInterval(waiting);
    out.push({
      name: GRADE_NAMES[g] ?? `grade ${g}`,
      targetMinutes: inputs.targetMinutes[g],
      zoneSlot: zoneSlot[g], zone: zone[g], slot: slot[g], total: total[g],
      unattended: unattended / r,
      crossedShare: attended > 0 ? crossed / attended : NaN,
      meanWaiting: l.mean, meanWaitingLow: l.low, meanWaitingHigh: l.high,
      arrivalRateTimesWait: waitSum / r / week,
    });
  }
  let events = 0;
  for (const rep of sorted) events += rep.events;
  return {
    n, slots, replications: sorted.length, seed: inputs.seed, grades: out,
    units: Int32Array.from(inputs.units), eventsPerReplication: events / sorted.length,
  };
}

/** Per grade, the figures of every cell of a grouping. */
function figures(inputs: ResponseInputs, reps: readonly ReplicationResult[], grouping: Grouping): ResponseFigures[] {
  const { grades } = inputs;
  const size = grades * grouping.cells;
  const r = reps.length;
  // Sums over replications of each replication's calls c and calls within target w per cell.
  const sc = new Float64Array(size);
  const sw = new Float64Array(size);
  const scc = new Float64Array(size);
  const sww = new Float64Array(size);
  const scw = new Float64Array(size);
  const attended = new Int32Array(size + 1);
  const sumWait = new Float64Array(size);
  const sumTravel = new Float64Array(size);
  const c = new Float64Array(size);
  const w = new Float64Array(size);
  let maxCalls = 0;
  for (const rep of reps) maxCalls = Math.max(maxCalls, rep.calls);
  const touched = new Int32Array(maxCalls);
  const cellOf = (rep: ReplicationResult, i: number) => rep.grade[i] * grouping.cells + grouping.cell(rep.zone[i], rep.slot[i]);

  for (const rep of reps) {
    let m = 0;
    for (let i = 0; i < rep.calls; i++) {
      const q = cellOf(rep, i);
      if (c[q] === 0) touched[m++] = q;
      c[q]++;
      if (rep.flags[i] & UNATTENDED) continue;
      const response = rep.wait[i] + rep.travel[i];
      if (response <= inputs.targetMinutes[rep.grade[i]]) w[q]++;
      attended[q]++;
      sumWait[q] += rep.wait[i];
      sumTravel[q] += rep.travel[i];
    }
    for (let j = 0; j < m; j++) {
      const q = touched[j];
      sc[q] += c[q];
      sw[q] += w[q];
      scc[q] += c[q] * c[q];
      sww[q] += w[q] * w[q];
      scw[q] += c[q] * w[q];
      c[q] = 0;
      w[q] = 0;
    }
  }

  // Response times grouped by cell (counting sort), then each cell's 90th percentile.
  const offsets = new Int32Array(size + 1);
  for (let q = 0; q < size; q++) offsets[q + 1] = offsets[q] + attended[q];
  const times = new Float32Array(offsets[size]);
  const fill = offsets.slice(0, size);
  for (const rep of reps) {
    for (let i = 0; i < rep.calls; i++) {
      if (rep.flags[i] & UNATTENDED) continue;
      times[fill[cellOf(rep, i)]++] = rep.wait[i] + rep.travel[i];
    }
  }

  const tq = studentTQuantile(0.975, r - 1);
  const out: ResponseFigures[] = [];
  for (let g = 0; g < grades; g++) {
    const f: ResponseFigures = {
      calls: grouping.make(grouping.cells), share: grouping.make(grouping.cells),
      shareLow: grouping.make(grouping.cells), shareHigh: grouping.make(grouping.cells),
      meanResponse: grouping.make(grouping.cells), p90Response: grouping.make(grouping.cells),
      meanWait: grouping.make(grouping.cells), meanTravel: grouping.make(grouping.cells),
    };
    for (let cell = 0; cell < grouping.cells; cell++) {
      const q = g * grouping.cells + cell;
      const s = ratioInterval(r, sc[q], sw[q], scc[q], sww[q], scw[q], tq);
      const a = attended[q];
      f.calls[cell] = sc[q] / r;
      f.share[cell] = s.ratio;
      f.shareLow[cell] = s.low;
      f.shareHigh[cell] = s.high;
      f.meanWait[cell] = a > 0 ? sumWait[q] / a : NaN;
      f.meanTravel[cell] = a > 0 ? sumTravel[q] / a : NaN;
      f.meanResponse[cell] = a > 0 ? (sumWait[q] + sumTravel[q]) / a : NaN;
      f.p90Response[cell] = nearestRank(times, offsets[q], offsets[q + 1], 0.9);
    }
    out.push(f);
  }
  return out;
}
