/**
 * A linear (or convex quadratic) programme in the row-wise sparse form general solvers take:
 * minimise c'x (+ 1/2 x'Qx) subject to rowLower <= Ax <= rowUpper, colLower <= x <= colUpper.
 * The model builds these; whoever has a solver loaded (Node or a worker) solves them.
 */
export interface LinearProgram {
  numCols: number;
  numRows: number;
  colCost: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  /** CSR: row i's entries are at starts[i]..starts[i+1]. */
  starts: Int32Array;
  indices: Int32Array;
  values: Float64Array;
  /** Diagonal of Q, for separable quadratic objectives. */
  hessianDiagonal?: Float64Array;
}

export interface LpSolution {
  status: 'optimal' | 'infeasible' | 'failed';
  message: string;
  objective: number;
  x: Float64Array;
}

export type LpSolver = (lp: LinearProgram) => LpSolution | Promise<LpSolution>;

/** Builds a CSR matrix row by row. */
export class RowBuilder {
  private starts: number[] = [0];
  private indices: number[] = [];
  private values: number[] = [];
  private lower: number[] = [];
  private upper: number[] = [];

  add(cols: number[], coefs: number[], lower: number, upper: number): number {
    for (let k = 0; k < cols.length; k++) {
      if (coefs[k] === 0) continue;
      this.indices.push(cols[k]);
      this.values.push(coefs[k]);
    }
    this.starts.push(this.indices.length);
    this.lower.push(lower);
    this.upper.push(upper);
    return this.lower.length - 1;
  }

  build(cols: { cost: Float64Array; lower: Float64Array; upper: Float64Array }): LinearProgram {
    return {
      numCols: cols.cost.length,
      numRows: this.lower.length,
      colCost: cols.cost,
      colLower: cols.lower,
      colUpper: cols.upper,
      rowLower: Float64Array.from(this.lower),
      rowUpper: Float64Array.from(this.upper),
      starts: Int32Array.from(this.starts),
      indices: Int32Array.from(this.indices),
      values: Float64Array.from(this.values),
    };
  }
}
