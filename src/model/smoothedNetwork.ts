import { AidRouting } from './aidRouting.ts';
import { FlowNetworkBuilder, type FlowNetwork } from './flow/flowNetwork.ts';
import { allocatedZones, directedEdges, zonePositions, type SmoothedProblem } from './smoothedProblem.ts';

/** Slots built between yields (a progress estimate: slots built / slots). */
const SLOTS_PER_YIELD = 32;

/** The smoothed problem as a min-cost flow, where each zone-slot's share sits in it, and a warm start. */
export interface SmoothedNetwork {
  network: FlowNetwork;
  /** The allocated zones, in index order (position j in a slot's arcs). */
  zones: Int32Array;
  /**
   * Per slot, the first of its zones' allocation arcs: zone j's share is the flow on arcs
   * slotArc[s] + 2j (up to the target) plus slotArc[s] + 2j + 1 (beyond it). -1 where nobody is on duty.
   */
  slotArc: Int32Array;
  /** Per arc, 1 where the warm start puts it at its upper bound (each share up to its target, full gates). */
  atTarget: Uint8Array;
  /** Per node, the arc to its parent in a starting tree that carries the target allocation (-1: root). */
  startTree: Int32Array;
}

/**
 * The smoothed week in shares a_zt = A_zt / H_t (docs/model.md): one unit of share flows through a
 * time-expanded network. Each run of slots with officers on duty is a segment from its own source to its
 * own sink (a slot with nobody on duty breaks the chain):
 * - node V(z, t) sits between zone z's allocation arcs for slots t-1 and t; the source feeds every V(z, t0)
 *   and every V(z, t1 + 1) drains to the sink;
 * - slot t's allocation of zone z is two parallel arcs V(z, t) -> V(z, t+1) with bounds L/H_t .. U/H_t split
 *   at the clamped target tau = T/H_t: up to tau at cost -H_t, beyond it at +H_t, so the cost is
 *   H_t |a - tau| plus a constant;
 * - between slots t-1 and t a share stays in its zone, or leaves through a gate of capacity r/H_t:
 *   to a hub and back into any zone through its entry gate (no mutual aid), or along arcs between
 *   neighbours (mutual aid: exit gate V -> O(z), O(z) -> I(w) for each neighbour w, entry gate I(w) -> V(w)).
 *   A share passing through a zone uses both of that zone's gates, as the LP counts it in both sums.
 * The starting tree carries the targets: every share at its target, each slot's changes through the hub
 * (hung from the zone with the most room above its floor) or routed between neighbours (AidRouting), and
 * each slot's part hung from the root on its own, so that early pivots move one slot's nodes, not the
 * rest of the week. What the target cannot do (a change beyond the limit) is left on artificial arcs.
 */
export function* smoothedNetwork(p: SmoothedProblem, slotsPerYield = SLOTS_PER_YIELD): Generator<number, SmoothedNetwork, void> {
  const { n, lo, hi, totals, target, maxChange } = p;
  const zones = allocatedZones(p.allocated);
  const m = zones.length;
  const slots = totals.length;
  const edges = p.adjacency ? directedEdges(p.adjacency, zonePositions(n, zones)) : null;
  const e = edges ? edges.from.length : 0;
  const segments: [number, number][] = [];
  for (let t = 0; t < slots; ) {
    if (!(totals[t] > 0)) {
      t++;
      continue;
    }
    let end = t;
    while (end + 1 < slots && totals[end + 1] > 0) end++;
    segments.push([t, end]);
    t = end + 1;
  }
  let nodeCount = 0;
  let arcCount = 0;
  for (const [t0, t1] of segments) {
    const len = t1 - t0 + 1;
    nodeCount += 2 + m * (len + 1) + (len - 1) * (edges ? 2 * m : 1);
    arcCount += 2 * m + 2 * m * len + (len - 1) * (2 * m + e);
  }
  const b = new FlowNetworkBuilder(nodeCount, arcCount);
  const slotArc = new Int32Array(slots).fill(-1);
  const tree = new Int32Array(nodeCount).fill(-1);
  const share = (t: number, j: number) => {
    const z = zones[j];
    const h = totals[t];
    return Math.min(Math.max(target[t * n + z] / h, lo[z] / h), hi[z] / h);
  };
  // The zone with the most room above its floor in slot t.
  const link = (t: number) => {
    let best = 0;
    let room = -Infinity;
    for (let j = 0; j < m; j++) {
      const r = share(t, j) - lo[zones[j]] / totals[t];
      if (r > room) {
        room = r;
        best = j;
      }
    }
    return best;
  };
  const routing = edges ? new AidRouting(m, edges.from, edges.to) : null;
  const change = new Float64Array(m);
  const fullGates: number[] = [];

  let layer = 0;
  /** A segment's source, feeding its first layer. */
  const open = () => {
    const source = b.addNode(1);
    layer = b.addNodes(m);
    for (let j = 0; j < m; j++) tree[layer + j] = b.addArc(source, layer + j, 0, Infinity, 0);
  };
  /** Slot t: the transition into it (unless it opens its segment), then its allocation arcs. */
  const slot = (t: number, opens: boolean) => {
    const h = totals[t];
    if (!opens) {
      for (let j = 0; j < m; j++) change[j] = share(t - 1, j) - share(t, j);
      const gate = maxChange / h;
      if (edges) {
        const out = b.addNodes(m);
        const into = b.addNodes(m);
        const gates = b.arcCount;
        for (let j = 0; j < m; j++) {
          b.addArc(layer + j, out + j, 0, gate, 0);
          b.addArc(into + j, layer + j, 0, gate, 0);
        }
        const edgeArcs = b.arcCount;
        for (let k = 0; k < e; k++) b.addArc(out + edges.from[k], into + edges.to[k], 0, Infinity, 0);
        const local = routing!.route(change, gate);
        const arc = (a: number) => (a < 2 * m ? gates + a : edgeArcs + a - 2 * m);
        for (let v = 0; v < 3 * m; v++) {
          const a = local.tree[v];
          tree[v < m ? layer + v : v < 2 * m ? out + v - m : into + v - 2 * m] = a < 0 ? -1 : arc(a);
        }
        for (let a = 0; a < 2 * m; a++) if (local.atUpper[a]) fullGates.push(arc(a));
      } else {
        // Surplus leaves through the exit gate, shortfall arrives through the entry gate; the hub hangs
        // from the zone with the most room above its floor.
        const root = link(t - 1);
        const hub = b.addNode();
        const gates = b.arcCount;
        for (let j = 0; j < m; j++) {
          b.addArc(layer + j, hub, 0, gate, 0);
          b.addArc(hub, layer + j, 0, gate, 0);
          if (j !== root) tree[layer + j] = gates + 2 * j + (change[j] >= 0 ? 0 : 1);
        }
        tree[hub] = gates + 2 * root + (change[root] <= 0 ? 1 : 0);
      }
    }
    const next = b.addNodes(m);
    slotArc[t] = b.arcCount;
    for (let j = 0; j < m; j++) {
      const z = zones[j];
      const tau = share(t, j);
      b.addArc(layer + j, next + j, lo[z] / h, tau, -h);
      b.addArc(layer + j, next + j, 0, hi[z] / h - tau, h);
    }
    layer = next;
  };
  /** A segment's sink, draining its last layer. */
  const close = () => {
    const sink = b.addNode(-1);
    for (let j = 0; j < m; j++) tree[layer + j] = b.addArc(layer + j, sink, 0, Infinity, 0);
  };

  let done = 0;
  for (const [t0, t1] of segments) {
    open();
    for (let t = t0; t <= t1; t++) {
      slot(t, t === t0);
      // Many zones with mutual aid take a while (every transition is routed): yield now and then.
      if (++done % slotsPerYield === 0) yield done / slots;
    }
    close();
  }
  const network = b.build();
  const atTarget = new Uint8Array(network.arcCount);
  for (let t = 0; t < slots; t++) if (slotArc[t] >= 0) for (let j = 0; j < m; j++) atTarget[slotArc[t] + 2 * j] = 1;
  for (const a of fullGates) atTarget[a] = 1;
  return { network, zones, slotArc, atTarget, startTree: tree };
}
