import type { SourceFile } from '../io/sourceFile.ts';
import type { SmoothedSolver } from '../model/allocateSmoothed.ts';
import type { LpSolver } from '../model/linearProgram.ts';

/** What differs between running the engine in a browser worker and in Node. */
export interface EngineEnv {
  /** The default dataset's files (Vite: bundled as text; Node: read from data/). */
  defaultDatasetFiles(): Promise<SourceFile[]>;
  /** Fetches a boundaries file a dataset.json names ("npm:vega-datasets/data/londonBoroughs.json"). */
  resolveBoundaries?: (ref: string) => Promise<SourceFile>;
  /** Loads HiGHS; called once, the first time a smoothed scenario runs with `smoothingSolver: 'highs'`. */
  loadLpSolver(): Promise<LpSolver>;
  /** How smoothed scenarios are solved: 'flow' (default, the exact min-cost flow) or 'highs'. */
  smoothingSolver?: SmoothedSolver;
  /** Awaited between run stages so a cancel can arrive. Default: yieldToEventLoop. */
  yieldControl?: () => Promise<void>;
}
