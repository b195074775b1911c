import { SpanningTree } from './spanningTree.ts';

/** The network simplex's columns an initial basis fills in (arcs m..m+n-1 are the artificial ones). */
export interface BasisColumns {
  n: number;
  m: number;
  src: Int32Array;
  dst: Int32Array;
  cap: Float64Array;
  cost: Float64Array;
  flow: Float64Array;
  /** 0 in the tree, 1 at the lower bound, -1 at the upper bound. */
  state: Int8Array;
  pi: Float64Array;
  /** Node supplies with lower bounds moved into them. */
  excess: Float64Array;
}

export interface BasisHints {
  /** Real arcs that start at their upper bound rather than their lower one (1 = upper). */
  atUpper?: Uint8Array;
  /** Per node, the real arc joining it to its parent in a suggested tree; -1 hangs it from the root. */
  treeArcs?: Int32Array;
}

/**
 * A strongly feasible starting tree (every node can send a little more flow to the root along its tree
 * path), rooted at an extra node n. Nodes hang from the suggested tree where it says so; each tree arc's
 * flow follows from the supplies and the non-tree arcs on their bounds. A suggested arc whose flow would
 * leave its bounds, or sit on the bound that blocks flow toward the root, is dropped: its node hangs from
 * the root instead, by an artificial arc carrying its subtree's surplus (node -> root at cost 0) or
 * shortfall (root -> node at cost `big`, more than any path costs, so the optimum avoids it if it can).
 * With no hints this is the classic all-artificial star.
 */
export function initialBasis(
  c: BasisColumns, big: number, tol: number, hints: BasisHints = {}, reuse?: { tree: SpanningTree; surplus: Float64Array },
): SpanningTree {
  const { n, m, src, dst, cap, cost, flow, state, pi } = c;
  const root = n;
  const size = n + 1;
  const tree = reuse?.tree ?? new SpanningTree(size, root);
  const { parent, pred } = tree;
  parent[root] = -1;
  pred[root] = -1;
  const hangFromRoot = (v: number) => {
    parent[v] = root;
    pred[v] = m + v;
  };
  const { atUpper, treeArcs } = hints;
  // Every real arc is out of the tree until the suggested tree takes it (its bound is set below).
  state.fill(1, 0, m);
  for (let v = 0; v < n; v++) {
    const a = treeArcs ? treeArcs[v] : -1;
    if (a >= 0 && a < m && src[a] !== dst[a] && (src[a] === v || dst[a] === v) && state[a] !== 0) {
      parent[v] = src[a] === v ? dst[a] : src[a];
      pred[v] = a;
      state[a] = 0;
    } else hangFromRoot(v);
  }
  let order = tree.preorder();
  if (order.length < size) {
    // A suggested cycle: hang every node it cuts off from the root.
    const seen = new Uint8Array(size);
    for (const v of order) seen[v] = 1;
    for (let v = 0; v < n; v++) {
      if (seen[v]) continue;
      releaseArc(c, pred[v], hints);
      hangFromRoot(v);
    }
    order = tree.preorder();
  }

  // Arcs out of the tree sit at the bound the hints give them; each node's surplus counts their flow.
  const surplus = reuse?.surplus ?? new Float64Array(size);
  surplus.set(c.excess);
  surplus[root] = 0;
  for (let a = 0; a < m; a++) {
    if (state[a] === 0) {
      flow[a] = 0;
      continue;
    }
    const upper = atUpper !== undefined && atUpper[a] === 1 && Number.isFinite(cap[a]);
    state[a] = upper ? -1 : 1;
    const f = upper ? cap[a] : 0;
    flow[a] = f;
    if (f === 0) continue;
    surplus[src[a]] -= f;
    surplus[dst[a]] += f;
  }
  // Each node's subtree surplus, leaves first: it is what the node's tree arc carries toward the root.
  let cut = false;
  for (let i = size - 1; i > 0; i--) {
    const v = order[i];
    const s = surplus[v];
    const a = pred[v];
    if (a < m) {
      const up = src[a] === v;
      const f = up ? s : -s;
      // Strongly feasible: the node can push more toward its parent (up: below capacity; down: above zero).
      // Rounding-level excursions past a bound are let through; the pivots never lean on them.
      if (up ? f >= -tol && f < cap[a] : f > 0 && f <= cap[a] + tol) {
        flow[a] = f < 0 ? 0 : f > cap[a] ? cap[a] : f;
        surplus[parent[v]] += s;
        continue;
      }
      // Out of the tree at the bound its flow reached (a full arc stays full), so its node's subtree
      // hangs from the root with only what is left over.
      const full = Number.isFinite(cap[a]) && f >= cap[a] / 2;
      state[a] = full ? -1 : 1;
      flow[a] = full ? cap[a] : 0;
      if (full) {
        // Released onto its upper bound: its flow now counts in its ends' surpluses.
        surplus[src[a]] -= cap[a];
        surplus[dst[a]] += cap[a];
      }
      hangFromRoot(v);
      cut = true;
    }
    const art = m + v;
    const t = surplus[v];
    cap[art] = Infinity;
    state[art] = 0;
    if (t >= -tol) {
      // A rounding-level shortfall counts as none: an artificial arc into the node would cost `big`.
      src[art] = v;
      dst[art] = root;
      cost[art] = 0;
      flow[art] = t > 0 ? t : 0;
    } else {
      src[art] = root;
      dst[art] = v;
      cost[art] = big;
      flow[art] = -t;
    }
  }
  for (let v = 0; v < n; v++) {
    if (pred[v] >= m) continue;
    // Artificial arcs not in the tree stay out of it for good, empty (a pass in node order: cheaper than
    // writing them in the loop above, in tree order).
    const art = m + v;
    src[art] = v;
    dst[art] = root;
    cap[art] = 0;
    state[art] = 1;
    flow[art] = 0;
  }
  if (cut) order = tree.preorder();

  pi[root] = 0;
  for (let i = 1; i < size; i++) {
    const v = order[i];
    const a = pred[v];
    pi[v] = src[a] === v ? pi[parent[v]] - cost[a] : pi[parent[v]] + cost[a];
  }
  tree.rebuild(order);
  return tree;
}

/** A suggested tree arc left out of the tree goes back to the bound the hints give it. */
function releaseArc(c: BasisColumns, a: number, hints: BasisHints): void {
  if (a >= c.m) return;
  const upper = hints.atUpper?.[a] === 1 && Number.isFinite(c.cap[a]);
  c.state[a] = upper ? -1 : 1;
  c.flow[a] = upper ? c.cap[a] : 0;
}
