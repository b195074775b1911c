import type { SmallAreaLoad } from '../io/loadSmallAreas.ts';
import type { ZonePolygon } from '../io/index.ts';
import type { Dataset, PeopleInputs, PreparedScenario, ResponseInputs, ResponseResult, ScenarioResult, ZoneLocator } from '../model/index.ts';

/** The dataset a worker holds, with what it derives from it. */
export interface LoadedDataset {
  data: Dataset;
  geometries: ZonePolygon[];
  locate: ZoneLocator;
  /** Dataset-only inputs, computed by the first run and shared by every later one. */
  people: PeopleInputs | null;
  /** Distinguishes cache entries of successive datasets. */
  generation: number;
  /** The dataset's small-area layer, read on first call (null when it names none); hexagons are filled from it. */
  smallAreas: () => Promise<SmallAreaLoad | null>;
  /** The environment's default dataset (the London default): only it comes with finer zone sets (MSOAs). */
  isDefault: boolean;
}

/** A scenario run as a worker keeps it, with what was derived from it on request. */
export interface Computed {
  loaded: LoadedDataset;
  plan: PreparedScenario;
  result: ScenarioResult;
  /** The response simulation's inputs and merged result, once asked for. */
  responseInputs?: ResponseInputs;
  response?: ResponseResult;
}
