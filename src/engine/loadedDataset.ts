import type { ZonePolygon } from '../io/index.ts';
import type { Dataset, PeopleInputs, ZoneLocator } from '../model/index.ts';

/** The dataset a worker holds, with what it derives from it. */
export interface LoadedDataset {
  data: Dataset;
  geometries: ZonePolygon[];
  locate: ZoneLocator;
  /** Dataset-only inputs, computed by the first run and shared by every later one. */
  people: PeopleInputs | null;
  /** Distinguishes cache entries of successive datasets. */
  generation: number;
}
