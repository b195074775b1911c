import type { Adjacency } from '../src/model/dataset.ts';

/**
 * n hexagonal cells laid out row by row ("odd-r" offset layout: odd rows shift half a cell right),
 * filling the last row partly. Cell i sits at row floor(i / cols), column i % cols.
 */
export interface HexGrid {
  n: number;
  cols: number;
  row: Int32Array;
  col: Int32Array;
  adjacency: Adjacency;
}

export function hexGrid(n: number): HexGrid {
  const cols = Math.max(1, Math.ceil(Math.sqrt(n)));
  const row = new Int32Array(n);
  const col = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    row[i] = Math.floor(i / cols);
    col[i] = i % cols;
  }
  const offsets = new Int32Array(n + 1);
  const list: number[] = [];
  for (let i = 0; i < n; i++) {
    for (const j of hexNeighbours(row[i], col[i], cols, n)) list.push(j);
    offsets[i + 1] = list.length;
  }
  return { n, cols, row, col, adjacency: { offsets, neighbours: Int32Array.from(list) } };
}

/** Indices of the up to six cells sharing an edge with (r, c); the relation is symmetric. */
function hexNeighbours(r: number, c: number, cols: number, n: number): number[] {
  const shift = r & 1; // odd rows sit half a cell to the right
  const candidates: [number, number][] = [
    [r, c - 1], [r, c + 1],
    [r - 1, c - 1 + shift], [r - 1, c + shift],
    [r + 1, c - 1 + shift], [r + 1, c + shift],
  ];
  const out: number[] = [];
  for (const [rr, cc] of candidates) {
    if (rr < 0 || cc < 0 || cc >= cols) continue;
    const j = rr * cols + cc;
    if (j < n) out.push(j);
  }
  return out;
}

/** Grid distance proxy (Euclidean in cell units, rows sqrt(3)/2 apart). */
export function cellDistance(g: HexGrid, a: number, b: number): number {
  const dx = g.col[a] + (g.row[a] & 1) / 2 - (g.col[b] + (g.row[b] & 1) / 2);
  const dy = ((g.row[a] - g.row[b]) * Math.sqrt(3)) / 2;
  return Math.hypot(dx, dy);
}
