import type { FlowNetwork } from './flow/flowNetwork.ts';
import { NetworkSimplex } from './flow/networkSimplex.ts';

/**
 * Routes one slot-to-slot transition's changes in share between neighbouring zones (mutual aid), for the
 * smoothed flow solver's starting tree: the transition on its own as a small flow problem with the
 * same local layout as in the week's network:
 * - nodes: V(j) = j, exit O(j) = m + j, entry I(j) = 2m + j;
 * - arcs: exit gate V(j) -> O(j) = 2j and entry gate I(j) -> V(j) = 2j + 1, each of capacity `gate`;
 *   O(from[k]) -> I(to[k]) = 2m + k.
 * Solved for feasibility only (no costs), starting from the previous transition's tree, which usually
 * needs few pivots. Where the changes cannot all be routed, artificial arcs stay in the tree and the
 * week's solver deals with them.
 */
export class AidRouting {
  private readonly net: FlowNetwork;
  private solver: NetworkSimplex | null = null;

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
    const { m, net } = this;
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
    else this.solver = new NetworkSimplex(net);
    this.solver.run();
    return { tree: this.solver.treeArcs(), atUpper: this.solver.atUpper() };
  }
}
