import type { SmallAreaLoad } from '../io/loadSmallAreas.ts';
import type { ZonePolygon } from '../io/readZoneGeometry.ts';
import type { Dataset } from '../model/dataset.ts';
import type { ZoneLocator } from '../model/prepareScenario.ts';
import type { PeopleInputs } from '../model/scenarioInputs.ts';

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
}
