import type { Adjacency } from './dataset.ts';

/** The week the smoothed method allocates: per-slot totals, bounds, the follow-demand target and the limit. */
export interface SmoothedProblem {
  n: number;
  /** Zones that receive officers. */
  allocated: Uint8Array;
  lo: Float64Array;
  hi: Float64Array;
  /** Officers to share in each slot. */
  totals: ArrayLike<number>;
  /** The per-slot follow-demand allocation the smoothed one stays as close to as it can. */
  target: Float64Array;
  /** Officers a zone may gain or lose in one slot beyond the proportional change in supply. */
  maxChange: number;
  /** When set, officers change zones only across shared boundaries (mutual aid between neighbours). */
  adjacency: Adjacency | null;
}

export interface SmoothedResult {
  officers: Float64Array;
  /** Sum over zones and slots of |officers - target|: the optimal objective. */
  deviation: number;
}

export class SmoothingInfeasible extends Error {}

/** The planner's explanation when no allocation keeps the limit. */
export function smoothingInfeasible(p: SmoothedProblem): SmoothingInfeasible {
  return new SmoothingInfeasible(
    p.adjacency
      ? `no allocation keeps every zone within ${p.maxChange} officers' change per 15 minutes when officers may only move between neighbouring zones: raise the limit or turn off mutual aid`
      : `no allocation keeps every zone within ${p.maxChange} officers' change per 15 minutes through the week's shift changes and floors: raise the limit`,
  );
}

/** The allocated zones in index order. */
export function allocatedZones(allocated: Uint8Array): Int32Array {
  let m = 0;
  for (let z = 0; z < allocated.length; z++) if (allocated[z]) m++;
  const zones = new Int32Array(m);
  for (let z = 0, j = 0; z < allocated.length; z++) if (allocated[z]) zones[j++] = z;
  return zones;
}

/** Mutual aid's directed edges between allocated zones, as positions in `zones` (pos[z] = -1 if not allocated). */
export function directedEdges(adj: Adjacency, pos: Int32Array): { from: Int32Array; to: Int32Array } {
  const from: number[] = [];
  const to: number[] = [];
  for (let z = 0; z + 1 < adj.offsets.length; z++) {
    if (pos[z] < 0) continue;
    for (let k = adj.offsets[z]; k < adj.offsets[z + 1]; k++) {
      const w = adj.neighbours[k];
      if (pos[w] >= 0 && w !== z) {
        from.push(pos[z]);
        to.push(pos[w]);
      }
    }
  }
  return { from: Int32Array.from(from), to: Int32Array.from(to) };
}

/** Position of each zone among the allocated ones, -1 for the others. */
export function zonePositions(n: number, zones: Int32Array): Int32Array {
  const pos = new Int32Array(n).fill(-1);
  for (let j = 0; j < zones.length; j++) pos[zones[j]] = j;
  return pos;
}
