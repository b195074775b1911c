import { NetworkSimplex } from './flow/networkSimplex.ts';
import { smoothingInfeasible, type SmoothedProblem, type SmoothedResult } from './smoothedProblem.ts';
import { smoothedNetwork } from './smoothedNetwork.ts';

/** Pivots between yields: a London week with mutual aid takes a few thousand. */
const CHUNK = 2000;
/** The share of the progress estimate given to building the network (the rest is the solve). */
const BUILD_SHARE = 0.3;

/**
 * The smoothed allocation as an exact min-cost flow (smoothedNetwork.ts), solved by the network simplex
 * from a starting tree that carries the follow-demand target. A generator: it yields a progress estimate
 * in [0, 1) now and then (every `slotsPerYield` slots built, every `chunk` pivots), so an async caller can yield
 * control and cancel; `drain` it for a synchronous solve. Its optimum is the LP's (smoothedProgram.ts):
 * the least sum |A - T| under the same constraints. Throws SmoothingInfeasible when there is none.
 */
export function* smoothedFlow(p: SmoothedProblem, chunk = CHUNK, slotsPerYield?: number): Generator<number, SmoothedResult, void> {
  const { n, totals, target, lo } = p;
  const slots = totals.length;
  for (let t = 0; t < slots; t++) {
    if (totals[t] > 0) continue;
    // Nobody to share: every zone has none, which floors above zero (or a negative total) rule out.
    if (totals[t] < 0) throw smoothingInfeasible(p);
    for (let z = 0; z < n; z++) if (p.allocated[z] && lo[z] > 0) throw smoothingInfeasible(p);
  }
  const build = smoothedNetwork(p, slotsPerYield);
  let built = build.next();
  while (!built.done) {
    yield BUILD_SHARE * built.value;
    built = build.next();
  }
  const { network, zones, slotArc, atTarget, startTree } = built.value;
  const solver = new NetworkSimplex(network, { startAtUpper: atTarget, initialTree: startTree, pricing: 'boundary' });
  // How far along a solve is cannot be known; pivots against a tenth of the nodes is a fair guide here.
  const scale = network.nodeCount / 10;
  while (solver.run(chunk) === 'running') yield BUILD_SHARE + (1 - BUILD_SHARE) * (solver.pivots / (solver.pivots + scale));
  if (solver.status !== 'optimal') throw smoothingInfeasible(p);

  const officers = new Float64Array(slots * n);
  let deviation = 0;
  for (let t = 0; t < slots; t++) {
    const h = totals[t];
    const first = slotArc[t];
    for (let j = 0; j < zones.length; j++) {
      const i = t * n + zones[j];
      const a = first < 0 ? 0 : (solver.flowOf(first + 2 * j) + solver.flowOf(first + 2 * j + 1)) * h;
      officers[i] = a;
      deviation += Math.abs(a - target[i]);
    }
  }
  return { officers, deviation };
}

/** Runs a step generator to its end and returns its result. */
export function drain<R>(steps: Generator<unknown, R, void>): R {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
