import type { SourceFile } from '../io/index.ts';
import type { LpSolver, SmoothedSolver } from '../model/index.ts';

/** What differs between running the engine in a browser worker and in Node. */
export interface EngineEnv {
  /** The default dataset's files (Vite: bundled as text; Node: read from data/). */
  defaultDatasetFiles(): Promise<SourceFile[]>;
  /** Fetches a boundaries file a dataset.json names ("npm:vega-datasets/data/londonBoroughs.json"). */
  resolveBoundaries?: (ref: string) => Promise<SourceFile>;
  /**
   * A finer dataset that comes with the default one (the London default's MSOAs, data/msoa), read on
   * first use; undefined where there is none.
   */
  finerDataset?: (kind: 'msoas') => Promise<{ files: SourceFile[]; resolveBoundaries: (ref: string) => Promise<SourceFile> } | undefined>;
  /** Loads HiGHS; called once, the first time a smoothed scenario runs with `smoothingSolver: 'highs'`. */
  loadLpSolver(): Promise<LpSolver>;
  /**
   * How the default dataset's files are named in messages ('flows.csv' -> 'data/msoa/flows.csv'; '' is
   * the dataset as a whole). Default: as they are.
   */
  displayFile?: (name: string) => string;
  /** How smoothed scenarios are solved: 'flow' (default, the exact min-cost flow) or 'highs'. */
  smoothingSolver?: SmoothedSolver;
  /** Awaited between run stages so a cancel can arrive. Default: yieldToEventLoop. */
  yieldControl?: () => Promise<void>;
}
