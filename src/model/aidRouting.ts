import type { FlowNetwork } from './flow/flowNetwork.ts';
import { NetworkSimplex } from './flow/networkSimplex.ts';

/**
 * Routes one slot-to-slot transition's changes in share between neighbouring zones (mutual aid), for the
 * smoothed flow solver's starting tree: the transition on its own as a small flow problem with the
 * same local layout as in the week's network:
 * - nodes: V(j) = j, exit O(j) = m + j, entry I(j) = 2m + j;
 * - arcs: exit gate V(j) -> O(j) = 2j and entry gate I(j) -> V(j) = 2j + 1, each of capacity `gate`;
 *   O(from[k]) -> I(to[k]) = 2m + k.
 * Solved for feasibility only (no costs; only the basis is read), starting from the previous
 * transition's tree, which usually needs few pivots. Where the changes cannot all be routed, artificial
 * arcs stay in the tree and the week's solver deals with them. A transition with the same changes and
 * gate as the one before, which came back unchanged from its warm start, gets that answer again without
 * a solve (the solve would repeat itself exactly: the same start, the same network).
 */
export class AidRouting {
  private readonly net: FlowNetwork;
  private solver: NetworkSimplex | null = null;
  private last: Transition | null = null;

  constructor(
    private readonly m: number,
    from: Int32Array,
    to: Int32Array,
  ) {
    const e = from.length;
    const arcs = 2 * m + e;
    const net: FlowNetwork = {
      nodeCount: 3 * m,
      arcCount: arcs,
      from: new Int32Array(arcs),
      to: new Int32Array(arcs),
      lower: new Float64Array(arcs),
      upper: new Float64Array(arcs).fill(Infinity),
      cost: new Float64Array(arcs),
      supply: new Float64Array(3 * m),
    };
    for (let j = 0; j < m; j++) {
      net.from[2 * j] = j;
      net.to[2 * j] = m + j;
      net.from[2 * j + 1] = 2 * m + j;
      net.to[2 * j + 1] = j;
    }
    for (let k = 0; k < e; k++) {
      net.from[2 * m + k] = m + from[k];
      net.to[2 * m + k] = 2 * m + to[k];
    }
    this.net = net;
  }

  /**
   * A basis for one transition: per local node, the local arc to its parent (-1: hangs from the root),
   * and per local arc, 1 where it sits out of the tree at its upper bound (a full gate).
   * `change[j]` is zone j's share leaving it (negative: arriving); `gate` the limit r / H_t.
   */
  route(change: Float64Array, gate: number): { tree: Int32Array; atUpper: Uint8Array } {
    const { m, net, last } = this;
    if (last?.settled && last.gate === gate && sameValues(last.change, change)) {
      return { tree: last.tree, atUpper: last.atUpper };
    }
    for (let j = 0; j < m; j++) {
      net.upper[2 * j] = gate;
      net.upper[2 * j + 1] = gate;
      net.supply[j] = change[j];
    }
    // Rounding leaves the changes a hair off summing to zero; the first zone takes it.
    let sum = 0;
    for (let j = 0; j < m; j++) sum += change[j];
    net.supply[0] -= sum;
    // The previous transition's basis is the warm start; the first starts from scratch.
    if (this.solver) this.solver.restart();
    else this.solver = new NetworkSimplex(net, { basisOnly: true });
    this.solver.run();
    const tree = this.solver.treeArcs();
    const atUpper = this.solver.atUpper();
    // Settled: no pivot, and the basis came back as it went in (the previous answer is its warm start).
    const settled = last !== null && this.solver.pivots === 0 && sameValues(last.tree, tree) && sameValues(last.atUpper, atUpper);
    this.last = { change: change.slice(), gate, tree, atUpper, settled };
    return { tree, atUpper };
  }
}

/** One routed transition: its inputs, its answer, and whether its solve left the basis as it found it. */
interface Transition {
  change: Float64Array;
  gate: number;
  tree: Int32Array;
  atUpper: Uint8Array;
  settled: boolean;
}

function sameValues(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
