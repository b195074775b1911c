import type { FlowNetwork } from './flowNetwork.ts';
import { BlockPricing } from './blockPricing.ts';
import { BoundaryPricing } from './boundaryPricing.ts';
import { initialBasis } from './initialBasis.ts';
import { loadNetwork } from './loadNetwork.ts';
import type { FlowStatus, NetworkSimplexOptions } from './networkSimplexOptions.ts';
import type { MovedNodes, Pricing } from './pricing.ts';
import { settleFlows } from './settleFlows.ts';
import { SpanningTree } from './spanningTree.ts';

export type { FlowStatus, NetworkSimplexOptions } from './networkSimplexOptions.ts';

const TREE = 0;
const AT_LOWER = 1;
const AT_UPPER = -1;

/**
 * An exact primal network simplex for min-cost flow with lower bounds, real capacities and costs,
 * and node supplies (see README.md): minimise sum cost * flow s.t. conservation, lower <= flow <= upper.
 * Steppable: `run(maxPivots)` pivots at most that many times and returns 'running' until it is done,
 * so a caller can yield between chunks. Deterministic: no randomness, fixed arc order.
 */
export class NetworkSimplex {
  private readonly n: number;
  private readonly m: number;
  private readonly src: Int32Array;
  private readonly dst: Int32Array;
  private readonly cap: Float64Array;
  private readonly cost: Float64Array;
  private readonly flow: Float64Array;
  private readonly state: Int8Array;
  private readonly pi: Float64Array;
  /** Supplies after moving every arc's lower bound into them. */
  private readonly excess: Float64Array;
  private readonly surplus: Float64Array;
  /** Scratch for restart's basis and finish's balances, made on first use. */
  private hints: { tree: Int32Array; upper: Uint8Array } | null = null;
  private balances: [Float64Array, Float64Array] | null = null;
  private readonly lower: Float64Array;
  private readonly tree: SpanningTree;
  /** Scratch: the nodes of the subtree a pivot moves. */
  private readonly moved: MovedNodes;
  private tol = 0;
  private costTol = 0;
  private big = 0;
  private readonly pricing: Pricing;
  private pivotCount = 0;
  private result: FlowStatus = 'running';

  constructor(
    private readonly network: FlowNetwork,
    private readonly options: NetworkSimplexOptions = {},
  ) {
    const net = network;
    const n = net.nodeCount;
    const m = net.arcCount;
    this.n = n;
    this.m = m;
    const total = m + n;
    this.src = new Int32Array(total);
    this.dst = new Int32Array(total);
    this.cap = new Float64Array(total);
    this.cost = new Float64Array(total);
    this.flow = new Float64Array(total);
    this.state = new Int8Array(total);
    this.pi = new Float64Array(n + 1);
    this.excess = new Float64Array(n);
    this.surplus = new Float64Array(n + 1);
    this.moved = { nodes: new Int32Array(n + 1), count: 0, mark: new Int32Array(n + 1), stamp: 0 };
    this.lower = net.lower;
    this.src.set(net.from);
    this.dst.set(net.to);
    this.cost.set(net.cost);
    this.load();
    this.tree = new SpanningTree(n + 1, n);
    this.basis(options.initialTree, options.startAtUpper);
    const { src, dst, cost, pi, state } = this;
    const priced = { m, n, src, dst, cost, pi, state, costTol: this.costTol };
    this.pricing = options.pricing === 'boundary' ? new BoundaryPricing(priced, options.blockSize) : new BlockPricing(priced, options.blockSize);
  }

  /**
   * Starts again from the current basis after the network's supplies or upper bounds changed in place
   * (a warm start for a sequence of similar problems: arcs whose flow would leave their bounds drop out
   * of the tree, as for a suggested tree).
   */
  restart(): void {
    this.hints ??= { tree: new Int32Array(this.n), upper: new Uint8Array(this.m) };
    const tree = this.treeArcs(this.hints.tree);
    const upper = this.atUpper(this.hints.upper);
    this.load();
    this.basis(tree, upper);
    this.pricing.reset();
    this.pivotCount = 0;
  }

  /** Capacities and supplies with lower bounds moved into them, tolerances, and the artificial cost. */
  private load(): void {
    const { flowTolerance, costTolerance } = this.options;
    const loaded = loadNetwork(this.network, this.cap, this.excess, flowTolerance, costTolerance);
    this.tol = loaded.tol;
    this.costTol = loaded.costTol;
    this.big = loaded.big;
    this.result = loaded.consistent ? 'running' : 'infeasible';
  }

  private basis(treeArcs: Int32Array | undefined, atUpper: Uint8Array | undefined): void {
    const { n, m, src, dst, cap, cost, flow, state, pi, excess } = this;
    initialBasis({ n, m, src, dst, cap, cost, flow, state, pi, excess }, this.big, this.tol, { atUpper, treeArcs }, { tree: this.tree, surplus: this.surplus });
  }

  /** Pivots done so far. */
  get pivots(): number {
    return this.pivotCount;
  }

  get status(): FlowStatus {
    return this.result;
  }

  /** Pivots at most `maxPivots` times; 'running' means call again. */
  run(maxPivots = Infinity): FlowStatus {
    if (this.result !== 'running') return this.result;
    for (let k = 0; k < maxPivots; k++) {
      const entering = this.pricing.select();
      if (entering < 0) {
        this.finish();
        return this.result;
      }
      if (!this.pivot(entering)) {
        // A cycle of unlimited capacity and negative cost: unbounded only if some flow is feasible at all.
        this.result = feasible(this.network) ? 'unbounded' : 'infeasible';
        return this.result;
      }
      this.pivotCount++;
    }
    return this.result;
  }

  /** Flow on each arc of the network (lower bounds included). Meaningful once optimal. */
  flows(): Float64Array {
    const out = new Float64Array(this.m);
    for (let a = 0; a < this.m; a++) out[a] = this.flow[a] + this.lower[a];
    return out;
  }

  /** Flow on arc `a` (lower bound included). */
  flowOf(a: number): number {
    return this.flow[a] + this.lower[a];
  }

  /** Per node, the arc joining it to its parent in the current tree; -1 where an artificial arc does. */
  treeArcs(out: Int32Array = new Int32Array(this.n)): Int32Array {
    const { pred } = this.tree;
    for (let v = 0; v < this.n; v++) out[v] = pred[v] < this.m ? pred[v] : -1;
    return out;
  }

  /** Per arc, 1 where it is out of the tree at its upper bound (with treeArcs, the whole basis). */
  atUpper(out: Uint8Array = new Uint8Array(this.m)): Uint8Array {
    for (let a = 0; a < this.m; a++) out[a] = this.state[a] === AT_UPPER ? 1 : 0;
    return out;
  }

  /** Total cost of the current flow. */
  objective(): number {
    let z = 0;
    for (let a = 0; a < this.m; a++) z += this.cost[a] * (this.flow[a] + this.lower[a]);
    return z;
  }

  /**
   * Node potentials (duals) with reduced costs cost + pi[from] - pi[to]: zero on arcs strictly between
   * their bounds, >= 0 at lower bounds and <= 0 at upper bounds at the optimum.
   */
  potentials(): Float64Array {
    const root = this.pi[this.n];
    return Float64Array.from(this.pi.subarray(0, this.n), (p) => p - root);
  }

  /**
   * Sends flow round the cycle `entering` closes in the tree, as far as the first blocking arc, and swaps
   * that arc out of the tree. Ties go to the last blocking arc met from the apex in the cycle's
   * direction, which keeps the tree strongly feasible (Cunningham). Residuals are compared exactly and
   * flows only ever change by the same delta round the cycle, so conservation holds to rounding.
   * False when nothing blocks (unbounded).
   */
  private pivot(e: number): boolean {
    const { src, dst, cap, flow, state, tree } = this;
    const { parent, pred } = tree;
    const first = state[e] === AT_LOWER ? src[e] : dst[e];
    const second = state[e] === AT_LOWER ? dst[e] : src[e];
    const join = tree.join(first, second);

    // The cycle runs from the apex down to `first`, along the entering arc, then up from `second`.
    let delta = Infinity;
    let leave = -1; // the node whose tree arc leaves; -1 for the entering arc itself
    let onFirst = false;
    for (let x = first; x !== join; x = parent[x]) {
      const a = pred[x];
      const r = src[a] === x ? flow[a] : cap[a] - flow[a];
      const res = r > 0 ? r : 0;
      if (res < delta) {
        delta = res;
        leave = x;
        onFirst = true;
      }
    }
    if (cap[e] <= delta) {
      delta = cap[e];
      leave = -1;
      onFirst = false;
    }
    for (let x = second; x !== join; x = parent[x]) {
      const a = pred[x];
      const r = src[a] === x ? cap[a] - flow[a] : flow[a];
      const res = r > 0 ? r : 0;
      if (res <= delta) {
        delta = res;
        leave = x;
        onFirst = false;
      }
    }
    if (delta === Infinity) return false;

    if (delta > 0) {
      flow[e] += state[e] * delta;
      for (let x = first; x !== join; x = parent[x]) {
        const a = pred[x];
        flow[a] += src[a] === x ? -delta : delta;
      }
      for (let x = second; x !== join; x = parent[x]) {
        const a = pred[x];
        flow[a] += src[a] === x ? delta : -delta;
      }
    }

    if (leave < 0) {
      // The entering arc blocks itself: it moves to its other bound.
      state[e] = -state[e];
      flow[e] = state[e] === AT_UPPER ? cap[e] : 0;
      this.pricing.changed(e, -state[e], state[e]);
      return true;
    }
    const out = pred[leave];
    // The leaving arc sits exactly on the bound it reached (it was within rounding of it).
    const toUpper = onFirst ? src[out] !== leave : src[out] === leave;
    state[out] = toUpper ? AT_UPPER : AT_LOWER;
    flow[out] = toUpper ? cap[out] : 0;
    const before = state[e];
    state[e] = TREE;
    this.pricing.changed(out, TREE, state[out]);
    this.pricing.changed(e, before, TREE);

    // The side holding `leave` moves: re-rooted at the entering arc's end there, its potentials shift so
    // the entering arc's reduced cost becomes zero.
    const q = onFirst ? first : second;
    const p = onFirst ? second : first;
    const rc = this.cost[e] + this.pi[src[e]] - this.pi[dst[e]];
    const sigma = q === dst[e] ? rc : -rc;
    tree.rehang(leave, q, p, e, join);
    if (sigma !== 0) {
      // The subtree's nodes are listed and marked once (along the thread), for the potentials and pricing.
      const { thread } = tree;
      const { pi, moved } = this;
      const { nodes, mark } = moved;
      const count = tree.succNum[q];
      const stamp = ++moved.stamp;
      for (let x = q, i = 0; i < count; i++, x = thread[x]) {
        nodes[i] = x;
        mark[x] = stamp;
        pi[x] += sigma;
      }
      moved.count = count;
      this.pricing.moved(moved, sigma);
    }
    return true;
  }

  /** At the optimum: tree flows recomputed without drift; artificial flow left means infeasible. */
  private finish(): void {
    if (this.options.basisOnly) {
      this.result = 'optimal';
      return;
    }
    const { n, m, src, dst, cap, flow, state, excess } = this;
    this.balances ??= [new Float64Array(n + 1), new Float64Array(n + 1)];
    const infeasible = settleFlows({ n, m, src, dst, cap, flow, state, excess }, this.tree, this.tol, this.balances);
    this.result = infeasible ? 'infeasible' : 'optimal';
  }
}

/** Whether any flow meets the supplies and bounds: the same network with every cost zero. */
function feasible(net: FlowNetwork): boolean {
  return new NetworkSimplex({ ...net, cost: new Float64Array(net.arcCount) }).run() === 'optimal';
}
