/**
 * The basis tree of the network simplex, rooted at node `root`, as index columns:
 * - `parent[v]` and `pred[v]`, the arc joining v to its parent (-1 at the root);
 * - `thread` / `revThread`: a circular doubly linked list of the nodes in preorder (a subtree is a
 *   contiguous run starting at its root);
 * - `succNum[v]`: the size of v's subtree; `lastSucc[v]`: the last node of v's subtree in preorder.
 * An ancestor's subtree is strictly larger than a descendant's, which is how the pivot finds the apex
 * of a cycle without depths.
 */
export class SpanningTree {
  readonly parent: Int32Array;
  readonly pred: Int32Array;
  readonly thread: Int32Array;
  readonly revThread: Int32Array;
  readonly succNum: Int32Array;
  readonly lastSucc: Int32Array;
  // Scratch for the stem of a re-rooted subtree: its nodes and their old preorder neighbours.
  private readonly stem: Int32Array;
  private readonly stemLast: Int32Array;
  private readonly stemPrev: Int32Array;
  private readonly stemNext: Int32Array;
  // Scratch for listing the nodes in preorder from `parent` alone.
  private readonly childStart: Int32Array;
  private readonly children: Int32Array;
  private readonly order: Int32Array;

  /** Room for a tree over `size` nodes; fill `parent` and `pred` (-1 at the root), then call `rebuild`. */
  constructor(
    readonly size: number,
    readonly root: number,
  ) {
    this.parent = new Int32Array(size);
    this.pred = new Int32Array(size);
    this.thread = new Int32Array(size);
    this.revThread = new Int32Array(size);
    this.succNum = new Int32Array(size);
    this.lastSucc = new Int32Array(size);
    this.stem = new Int32Array(size);
    this.stemLast = new Int32Array(size);
    this.stemPrev = new Int32Array(size);
    this.stemNext = new Int32Array(size);
    this.childStart = new Int32Array(size + 1);
    this.children = new Int32Array(size);
    this.order = new Int32Array(size);
  }

  /**
   * The nodes reachable from the root through `parent` links, in preorder (children in index order).
   * Nodes whose parent chain never reaches the root (a cycle) are missing. A view of scratch space:
   * valid until the next call.
   */
  preorder(): Int32Array {
    const { size, root, parent, childStart: start, children, order } = this;
    start.fill(0);
    for (let v = 0; v < size; v++) if (v !== root && parent[v] >= 0) start[parent[v] + 1]++;
    for (let v = 0; v < size; v++) start[v + 1] += start[v];
    // `order` serves as the fill cursors until the walk below overwrites it.
    for (let v = 0; v < size; v++) order[v] = start[v];
    for (let v = 0; v < size; v++) if (v !== root && parent[v] >= 0) children[order[parent[v]]++] = v;
    // A stack of pending nodes, kept in `thread` (rebuilt afterwards anyway).
    const stack = this.thread;
    let count = 0;
    let top = 0;
    stack[top++] = root;
    while (top > 0) {
      const v = stack[--top];
      order[count++] = v;
      for (let k = start[v + 1] - 1; k >= start[v]; k--) stack[top++] = children[k];
    }
    return order.subarray(0, count);
  }

  /**
   * Threads, subtree sizes and last successors from `parent`; every node must reach the root. `order`,
   * when given, is `preorder()`'s answer for the current `parent` (saves listing it again).
   */
  rebuild(order = this.preorder()): void {
    const { size, parent, thread, revThread, succNum, lastSucc } = this;
    if (order.length !== size) throw new RangeError('the tree does not span every node');
    for (let i = 0; i < size; i++) {
      const v = order[i];
      const w = order[i + 1 === size ? 0 : i + 1];
      thread[v] = w;
      revThread[w] = v;
      succNum[v] = 1;
      lastSucc[v] = v;
    }
    for (let i = size - 1; i > 0; i--) {
      const v = order[i];
      const p = parent[v];
      if (lastSucc[p] === p) lastSucc[p] = lastSucc[v];
      succNum[p] += succNum[v];
    }
  }

  /** The apex of the tree path between u and v (their nearest common ancestor). */
  join(u: number, v: number): number {
    const { succNum, parent } = this;
    while (u !== v) {
      if (succNum[u] < succNum[v]) u = parent[u];
      else v = parent[v];
    }
    return u;
  }

  /**
   * Cuts the subtree under `cut` from its parent, re-roots it at its node `q` and hangs it under `p`
   * (outside it) by `arc`. `join` is a common ancestor of cut's parent and p below which subtree sizes
   * change. Costs O(stem length + ancestor chains), not O(subtree).
   */
  rehang(cut: number, q: number, p: number, arc: number, join: number): void {
    const { parent, pred, thread, revThread, succNum, lastSucc, stem, stemLast, stemPrev, stemNext } = this;
    const size = succNum[cut];
    const uOut = parent[cut];

    // The stem q = s0, s1 = parent(s0), ..., sk = cut, with each node's old preorder neighbours.
    let k = 0;
    for (let x = q; ; x = parent[x]) {
      stem[k] = x;
      stemLast[k] = lastSucc[x];
      stemPrev[k] = revThread[x];
      stemNext[k] = thread[lastSucc[x]];
      if (x === cut) break;
      k++;
    }

    // Unlink the subtree's run from the preorder list.
    const before = stemPrev[k];
    const after = stemNext[k];
    thread[before] = after;
    revThread[after] = before;
    const oldLast = stemLast[k];
    for (let x = uOut; x !== -1 && lastSucc[x] === oldLast; x = parent[x]) lastSucc[x] = before;
    for (let x = uOut; x !== join; x = parent[x]) succNum[x] -= size;

    // Re-rooted preorder: s0's subtree, then each s_i's old run with s_{i-1}'s run cut out.
    let tail = stemLast[0];
    for (let i = 1; i <= k; i++) {
      const s = stem[i];
      thread[tail] = s;
      revThread[s] = tail;
      const b = stemPrev[i - 1];
      if (stemLast[i - 1] !== stemLast[i]) {
        const c = stemNext[i - 1];
        thread[b] = c;
        revThread[c] = b;
        tail = stemLast[i];
      } else tail = b;
    }
    const newLast = tail;

    // Reverse the stem's parent links; subtree sizes along it follow from the old ones.
    for (let i = k; i >= 1; i--) {
      parent[stem[i]] = stem[i - 1];
      pred[stem[i]] = pred[stem[i - 1]];
      succNum[stem[i]] = size - succNum[stem[i - 1]];
      lastSucc[stem[i]] = newLast;
    }
    parent[q] = p;
    pred[q] = arc;
    succNum[q] = size;
    lastSucc[q] = newLast;

    // Hang the run right after p, as its first child.
    const pWasLeaf = lastSucc[p] === p;
    const next = thread[p];
    thread[p] = q;
    revThread[q] = p;
    thread[newLast] = next;
    revThread[next] = newLast;
    if (pWasLeaf) for (let x = p; x !== -1 && lastSucc[x] === p; x = parent[x]) lastSucc[x] = newLast;
    for (let x = p; x !== join; x = parent[x]) succNum[x] += size;
  }
}
