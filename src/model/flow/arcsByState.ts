/**
 * Each node's arcs, out and in, as CSR kept grouped by the arcs' state. A node's run holds six groups:
 * out at the lower bound, in at the upper bound, out in the tree, in in the tree, out at the upper bound,
 * in at the lower bound; each in arc order. So the arcs whose reduced cost can start to violate when the
 * node's potential moves one way (out at lower and in at upper, or out at upper and in at lower) are one
 * run of entries, out before in, in the order a scan of all the node's arcs would meet them. A state
 * change moves the arc between groups at both its ends, shifting only the entries between its old and
 * new place: O(degree).
 */
export class ArcsByState {
  /**
   * Where node v's group g starts is `first[6v + g]`: g = 2 - 2 state for its arcs out (0 lower, 2 tree,
   * 4 upper), 3 + 2 state for its arcs in (1 upper, 3 tree, 5 lower). Each group ends where the next
   * starts, the last at `first[6v + 6]`.
   */
  readonly first: Int32Array;
  /** Per entry k: `entries[2k]` the arc, `entries[2k + 1]` its other end. */
  readonly entries: Int32Array;

  constructor(
    private readonly n: number,
    private readonly m: number,
    private readonly src: Int32Array,
    private readonly dst: Int32Array,
  ) {
    this.first = new Int32Array(6 * n + 1);
    this.entries = new Int32Array(4 * m);
  }

  /** Groups every node's arcs by `state` (1 lower, 0 tree, -1 upper) afresh. */
  fill(state: Int8Array): void {
    const { n, m, src, dst, first, entries } = this;
    first.fill(0);
    for (let a = 0; a < m; a++) {
      first[6 * src[a] + 3 - 2 * state[a]]++;
      first[6 * dst[a] + 4 + 2 * state[a]]++;
    }
    for (let k = 0; k < 6 * n; k++) first[k + 1] += first[k];
    // Fill cursors, one per group, from its start.
    const at = first.slice(0, 6 * n);
    for (let a = 0; a < m; a++) {
      const out = 2 * at[6 * src[a] + 2 - 2 * state[a]]++;
      entries[out] = a;
      entries[out + 1] = dst[a];
      const into = 2 * at[6 * dst[a] + 3 + 2 * state[a]]++;
      entries[into] = a;
      entries[into + 1] = src[a];
    }
  }

  /** Arc `a` changed state from `before` to `after`: moves it to its new group at both its ends. */
  move(a: number, before: number, after: number): void {
    if (before === after) return;
    const out = 6 * this.src[a] + 2;
    this.shift(a, out - 2 * before, out - 2 * after);
    const into = 6 * this.dst[a] + 3;
    this.shift(a, into + 2 * before, into + 2 * after);
  }

  /** Moves arc `a` from group `from` to group `to` (indices into `first`), at its place in arc order. */
  private shift(a: number, from: number, to: number): void {
    const { first, entries } = this;
    let p = first[from];
    while (entries[2 * p] !== a) p++;
    const o = entries[2 * p + 1];
    const groupEnd = first[to + 1];
    let q = first[to];
    while (q < groupEnd && entries[2 * q] < a) q++;
    if (from < to) {
      // Entries up to a's new place shift down one, and so do the starts of the groups in between.
      q--;
      for (let k = 2 * p; k < 2 * q; k++) entries[k] = entries[k + 2];
      for (let g = from + 1; g <= to; g++) first[g]--;
    } else {
      // Entries from a's new place shift up one, and so do the starts of the groups in between.
      for (let k = 2 * p + 1; k >= 2 * q + 2; k--) entries[k] = entries[k - 2];
      for (let g = to + 1; g <= from; g++) first[g]++;
    }
    entries[2 * q] = a;
    entries[2 * q + 1] = o;
  }
}
