import type { LinearProgram, LpSolution, LpSolver } from './linearProgram.ts';

/** The part of a loaded `highs` module this adapter uses (kept structural so the model needs no loader). */
export interface HighsLike {
  infinity: number;
  createModel(data: unknown): {
    options: { set(o: Record<string, unknown>): void };
    run(): unknown;
    getModelStatus(): unknown;
    getObjectiveValue(): number;
    getSolution(): { colValue: ArrayLike<number> };
    dispose(): void;
  };
}

// HiGHS model status codes (highs.constants.modelStatus).
const OPTIMAL = 7;
const INFEASIBLE = 8;
const INFEASIBLE_OR_UNBOUNDED = 9;
const STATUS_NAMES: Record<number, string> = {
  7: 'optimal', 8: 'infeasible', 9: 'infeasible or unbounded', 10: 'unbounded', 13: 'time limit reached', 14: 'iteration limit reached',
};

/**
 * An LpSolver backed by a loaded HiGHS instance (`await loadHighs(...)` by the caller, which knows
 * where the wasm lives). Tight tolerances: results are compared with the engine's to 1e-9.
 */
export function highsSolver(highs: HighsLike, options: Record<string, unknown> = {}): LpSolver {
  return (lp: LinearProgram): LpSolution => {
    const inf = (a: Float64Array) => Float64Array.from(a, (v) => (v === Infinity ? highs.infinity : v === -Infinity ? -highs.infinity : v));
    const n = lp.numCols;
    const data: Record<string, unknown> = {
      numCols: n,
      numRows: lp.numRows,
      colCost: lp.colCost,
      colLower: inf(lp.colLower),
      colUpper: inf(lp.colUpper),
      rowLower: inf(lp.rowLower),
      rowUpper: inf(lp.rowUpper),
      matrix: { format: 'csr', numRows: lp.numRows, numCols: n, starts: lp.starts, indices: lp.indices, values: lp.values },
    };
    if (lp.hessianDiagonal) {
      const starts = new Int32Array(n + 1);
      for (let j = 0; j <= n; j++) starts[j] = j;
      data.hessian = { format: 'triangular', dimension: n, starts, indices: Int32Array.from(starts.subarray(0, n)), values: lp.hessianDiagonal };
    }
    const model = highs.createModel(data);
    try {
      model.options.set({
        output_flag: false,
        primal_feasibility_tolerance: 1e-10,
        dual_feasibility_tolerance: 1e-10,
        ...options,
      });
      model.run();
      const code = Number(model.getModelStatus());
      const ok = code === OPTIMAL;
      return {
        status: ok ? 'optimal' : code === INFEASIBLE || code === INFEASIBLE_OR_UNBOUNDED ? 'infeasible' : 'failed',
        message: STATUS_NAMES[code] ?? `status ${code}`,
        objective: ok ? model.getObjectiveValue() : NaN,
        x: ok ? Float64Array.from(model.getSolution().colValue) : new Float64Array(n),
      };
    } finally {
      model.dispose();
    }
  };
}
