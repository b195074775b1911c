/**
 * A min-cost-flow network as struct-of-arrays columns: arc `a` runs from `from[a]` to `to[a]`, carries
 * between `lower[a]` and `upper[a]` (Infinity for no limit) at `cost[a]` per unit; node `v` sends
 * `supply[v]` units (negative: receives). Supplies must add up to zero.
 */
export interface FlowNetwork {
  nodeCount: number;
  arcCount: number;
  from: Int32Array;
  to: Int32Array;
  lower: Float64Array;
  upper: Float64Array;
  cost: Float64Array;
  supply: Float64Array;
}

/** Builds a FlowNetwork node by node and arc by arc; sizes given up front avoid any regrowth. */
export class FlowNetworkBuilder {
  private nodes = 0;
  private arcs = 0;
  private supply: Float64Array;
  private from: Int32Array;
  private to: Int32Array;
  private lower: Float64Array;
  private upper: Float64Array;
  private cost: Float64Array;

  constructor(nodeCapacity = 16, arcCapacity = 16) {
    this.supply = new Float64Array(Math.max(1, nodeCapacity));
    const m = Math.max(1, arcCapacity);
    this.from = new Int32Array(m);
    this.to = new Int32Array(m);
    this.lower = new Float64Array(m);
    this.upper = new Float64Array(m);
    this.cost = new Float64Array(m);
  }

  get nodeCount(): number {
    return this.nodes;
  }

  get arcCount(): number {
    return this.arcs;
  }

  /** Adds a node with the given supply (negative: demand) and returns its index. */
  addNode(supply = 0): number {
    if (this.nodes === this.supply.length) this.supply = grow(this.supply, this.nodes * 2);
    this.supply[this.nodes] = supply;
    return this.nodes++;
  }

  /** Adds `count` nodes with no supply; returns the first one's index. */
  addNodes(count: number): number {
    const first = this.nodes;
    if (first + count > this.supply.length) this.supply = grow(this.supply, Math.max(first + count, first * 2));
    this.nodes += count;
    return first;
  }

  /** Adds to a node's supply. */
  addSupply(node: number, amount: number): void {
    this.supply[node] += amount;
  }

  /** Adds an arc and returns its index. */
  addArc(from: number, to: number, lower: number, upper: number, cost: number): number {
    if (this.arcs === this.from.length) {
      const m = this.arcs * 2;
      this.from = grow(this.from, m);
      this.to = grow(this.to, m);
      this.lower = grow(this.lower, m);
      this.upper = grow(this.upper, m);
      this.cost = grow(this.cost, m);
    }
    const a = this.arcs++;
    this.from[a] = from;
    this.to[a] = to;
    this.lower[a] = lower;
    this.upper[a] = upper;
    this.cost[a] = cost;
    return a;
  }

  build(): FlowNetwork {
    const n = this.nodes;
    const m = this.arcs;
    return {
      nodeCount: n,
      arcCount: m,
      from: this.from.subarray(0, m),
      to: this.to.subarray(0, m),
      lower: this.lower.subarray(0, m),
      upper: this.upper.subarray(0, m),
      cost: this.cost.subarray(0, m),
      supply: this.supply.subarray(0, n),
    };
  }
}

function grow<A extends Int32Array | Float64Array>(a: A, size: number): A {
  const b = new (a.constructor as { new (n: number): A })(size);
  b.set(a);
  return b;
}
