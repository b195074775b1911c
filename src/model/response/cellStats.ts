import { nearestRank } from './nearestRank.ts';
import { ratioInterval } from './ratioInterval.ts';
import type { ResponseFigures } from './responseResult.ts';

/**
 * Times are summed in units of 1/1024 minute (about 0.06 s), as whole numbers: sums of whole numbers are
 * exact in any order (below 2^53), so partial sums from any split of the replications add up to the
 * same bits.
 */
export const TIME_UNITS = 1024;

/**
 * One grouping's sums over some replications, per cell (grade included: grade * cells + cell): the
 * replications' calls c and calls within target w summed with their squares and product (for the ratio
 * interval), attended calls and their waits and travel times, and every attended call's response time
 * grouped by cell (`times[offsets[q] .. offsets[q + 1])`).
 */
export interface GroupingSums {
  cells: number;
  sc: Float64Array;
  sw: Float64Array;
  scc: Float64Array;
  sww: Float64Array;
  scw: Float64Array;
  attended: Float64Array;
  waitUnits: Float64Array;
  travelUnits: Float64Array;
  offsets: Int32Array;
  times: Float32Array;
}

/** Builds a grouping's sums: count every call of a replication, end it, then add the response times. */
export class CellStats {
  readonly sums: GroupingSums;
  private readonly c: Float64Array;
  private readonly w: Float64Array;
  private touched: Int32Array;
  private m = 0;
  private fill: Int32Array | null = null;

  constructor(cells: number, grades: number) {
    const size = cells * grades;
    const f = () => new Float64Array(size);
    this.sums = {
      cells, sc: f(), sw: f(), scc: f(), sww: f(), scw: f(), attended: f(), waitUnits: f(), travelUnits: f(),
      offsets: new Int32Array(size + 1), times: new Float32Array(0),
    };
    this.c = f();
    this.w = f();
    this.touched = new Int32Array(Math.min(size, 1024));
  }

  /** A call of the current replication in cell q; wait and travel in TIME_UNITS. */
  count(q: number, attended: boolean, within: boolean, waitUnits: number, travelUnits: number): void {
    if (this.c[q] === 0) {
      if (this.m === this.touched.length) {
        const t = new Int32Array(this.touched.length * 2);
        t.set(this.touched);
        this.touched = t;
      }
      this.touched[this.m++] = q;
    }
    this.c[q]++;
    if (!attended) return;
    const s = this.sums;
    if (within) this.w[q]++;
    s.attended[q]++;
    s.waitUnits[q] += waitUnits;
    s.travelUnits[q] += travelUnits;
  }

  /** Ends a replication: adds its per-cell counts to the sums over replications. */
  endReplication(): void {
    const { c, w, sums: s } = this;
    for (let t = 0; t < this.m; t++) {
      const q = this.touched[t];
      s.sc[q] += c[q];
      s.sw[q] += w[q];
      s.scc[q] += c[q] * c[q];
      s.sww[q] += w[q] * w[q];
      s.scw[q] += c[q] * w[q];
      c[q] = 0;
      w[q] = 0;
    }
    this.m = 0;
  }

  /** After every replication is counted: room for each cell's attended response times. */
  startTimes(): void {
    const s = this.sums;
    const size = s.offsets.length - 1;
    for (let q = 0; q < size; q++) s.offsets[q + 1] = s.offsets[q] + s.attended[q];
    this.fill = s.offsets.slice(0, size);
    s.times = new Float32Array(s.offsets[size]);
  }

  /** The response time of an attended call in cell q. */
  time(q: number, response: number): void {
    this.sums.times[this.fill![q]++] = response;
  }
}

/**
 * Per grade, the figures of every cell from the sums of disjoint sets of replications (R in all, t
 * quantile tq). Whatever the split, the result is the same: the sums are exact and each cell's 90th
 * percentile is taken over the union of its response times.
 */
export function groupingFigures(parts: readonly GroupingSums[], grades: number, r: number, tq: number, make: (length: number) => Float64Array | Float32Array): ResponseFigures[] {
  const { cells } = parts[0];
  const size = cells * grades;
  const add = (key: 'sc' | 'sw' | 'scc' | 'sww' | 'scw' | 'attended' | 'waitUnits' | 'travelUnits') => {
    const out = Float64Array.from(parts[0][key]);
    for (let p = 1; p < parts.length; p++) for (let q = 0; q < size; q++) out[q] += parts[p][key][q];
    return out;
  };
  const [sc, sw, scc, sww, scw, attended, waitUnits, travelUnits] =
    (['sc', 'sw', 'scc', 'sww', 'scw', 'attended', 'waitUnits', 'travelUnits'] as const).map(add);
  let most = 0;
  for (let q = 0; q < size; q++) most = Math.max(most, attended[q]);
  const scratch = new Float32Array(most);
  const out: ResponseFigures[] = [];
  for (let g = 0; g < grades; g++) {
    const f: ResponseFigures = {
      calls: make(cells), share: make(cells), shareLow: make(cells), shareHigh: make(cells),
      meanResponse: make(cells), p90Response: make(cells), meanWait: make(cells), meanTravel: make(cells),
    };
    for (let cell = 0; cell < cells; cell++) {
      const q = g * cells + cell;
      const s = ratioInterval(r, sc[q], sw[q], scc[q], sww[q], scw[q], tq);
      const a = attended[q];
      f.calls[cell] = sc[q] / r;
      f.share[cell] = s.ratio;
      f.shareLow[cell] = s.low;
      f.shareHigh[cell] = s.high;
      f.meanWait[cell] = a > 0 ? waitUnits[q] / TIME_UNITS / a : NaN;
      f.meanTravel[cell] = a > 0 ? travelUnits[q] / TIME_UNITS / a : NaN;
      f.meanResponse[cell] = a > 0 ? (waitUnits[q] + travelUnits[q]) / TIME_UNITS / a : NaN;
      let m = 0;
      for (const p of parts) {
        const from = p.offsets[q];
        const to = p.offsets[q + 1];
        scratch.set(p.times.subarray(from, to), m);
        m += to - from;
      }
      f.p90Response[cell] = nearestRank(scratch, 0, m, 0.9);
    }
    out.push(f);
  }
  return out;
}
