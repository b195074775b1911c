/**
 * Each node's arcs at one end (all arcs by tail, or all by head) as CSR, kept grouped by the arcs' state:
 * those at the lower bound, then the tree arcs, then those at the upper bound, each group in arc order.
 * A scan for the arcs at one bound reads only those, in the order a scan of all the node's arcs would
 * meet them. `ends` holds each entry's other end. A state change moves one arc between groups, shifting
 * only the entries between its old and new place: O(degree).
 */
export class ArcsByState {
  /**
   * Where node v's group g starts is `first[3v + g]` (g = 1 - state: 0 lower, 1 tree, 2 upper); each
   * group ends where the next starts, the last at `first[3v + 3]`.
   */
  readonly first: Int32Array;
  readonly arcs: Int32Array;
  readonly ends: Int32Array;

  /** Arcs grouped by `end[a]`; `other[a]` is the arc's other end. */
  constructor(
    private readonly n: number,
    private readonly m: number,
    private readonly end: Int32Array,
    private readonly other: Int32Array,
  ) {
    this.first = new Int32Array(3 * n + 1);
    this.arcs = new Int32Array(m);
    this.ends = new Int32Array(m);
  }

  /** Groups every node's arcs by `state` (1 lower, 0 tree, -1 upper) afresh. */
  fill(state: Int8Array): void {
    const { n, m, end, other, first, arcs, ends } = this;
    first.fill(0);
    for (let a = 0; a < m; a++) first[3 * end[a] + 2 - state[a]]++;
    for (let k = 0; k < 3 * n; k++) first[k + 1] += first[k];
    // Fill cursors, one per group, from its start.
    const at = first.slice(0, 3 * n);
    for (let a = 0; a < m; a++) {
      const k = at[3 * end[a] + 1 - state[a]]++;
      arcs[k] = a;
      ends[k] = other[a];
    }
  }

  /** Arc `a` changed state from `before` to `after`: moves it to its new group, at its place in arc order. */
  move(a: number, before: number, after: number): void {
    if (before === after) return;
    const { first, arcs, ends } = this;
    const base = 3 * this.end[a];
    const from = base + 1 - before;
    const to = base + 1 - after;
    let p = first[from];
    while (arcs[p] !== a) p++;
    const o = ends[p];
    if (from < to) {
      // Later groups: entries up to a's place in its new group shift down one; group starts in between too.
      const groupEnd = first[to + 1];
      let q = first[to];
      while (q < groupEnd && arcs[q] < a) q++;
      for (let k = p; k < q - 1; k++) {
        arcs[k] = arcs[k + 1];
        ends[k] = ends[k + 1];
      }
      arcs[q - 1] = a;
      ends[q - 1] = o;
      for (let g = from + 1; g <= to; g++) first[g]--;
    } else {
      // Earlier groups: entries from a's place in its new group shift up one; group starts in between too.
      const groupEnd = first[to + 1];
      let q = first[to];
      while (q < groupEnd && arcs[q] < a) q++;
      for (let k = p; k > q; k--) {
        arcs[k] = arcs[k - 1];
        ends[k] = ends[k - 1];
      }
      arcs[q] = a;
      ends[q] = o;
      for (let g = to + 1; g <= from; g++) first[g]++;
    }
  }
}
