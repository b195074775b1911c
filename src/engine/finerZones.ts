import type { MultiPolygon, Polygon } from 'geojson';
import { loadDataset, zoneLocator } from '../io/index.ts';
import {
  peopleInputs, workdayPopulation, type Dataset, type FinerTables, type PeopleInputs, type ZoneLocator,
} from '../model/index.ts';
import type { EngineEnv } from './engineEnv.ts';
import type { FinerZoneSet, Refusal } from './engineProtocol.ts';
import type { LoadedDataset } from './loadedDataset.ts';
import { refuse } from './refusals.ts';

/** Zones finer than the dataset's, each lying in one of its zones, with their own dataset to run on. */
export interface FinerZones {
  kind: FinerZoneSet;
  data: Dataset;
  people: PeopleInputs;
  tables: FinerTables;
  /** Places event points in the finer zones. */
  locate: ZoneLocator;
  geometries: (Polygon | MultiPolygon)[];
  workday: Float64Array;
  /** Hexagons' side in km; null for zones that are not a grid. */
  cellKm: number | null;
  /** Which figures are estimated below the dataset's zones, and how, in plain words. */
  estimated: string;
}

const MSOA_ESTIMATES =
  'MSOA figures are estimated below borough level: residents by mid-2019 shares, commuters\' homes by working-age residents and ' +
  'their workplaces by a blend of morning-peak station exits and residents; every borough keeps its Census totals (docs/data-fidelity.md).';

/**
 * The MSOAs that come with the loaded dataset (the London default's data/msoa): their dataset, each
 * MSOA's borough from zones.csv's parent column, and the MSOA holding each borough's label point.
 */
export async function loadFinerZones(loaded: LoadedDataset, env: EngineEnv): Promise<FinerZones | Refusal> {
  const unavailable = refuse('zones', `MSOAs come with the London default dataset only, not with "${loaded.data.name}"`);
  const source = loaded.isDefault ? await env.finerDataset?.('msoas') : undefined;
  if (!source) return unavailable;
  const r = await loadDataset(source.files, { resolveBoundaries: source.resolveBoundaries });
  if (!r.ok) return refuse('zones', `the MSOA dataset could not be loaded (${r.errors[0]?.message ?? 'no reason given'})`);
  const data = r.dataset;
  const boroughOf = new Map(loaded.data.zones.ids.map((id, z) => [id, z]));
  const parent = Int32Array.from(data.zones.parents, (id) => boroughOf.get(id) ?? -1);
  if (parent.some((z) => z < 0)) return unavailable;
  const locate = zoneLocator(r.geometries);
  const { labelLon, labelLat } = loaded.data.zones;
  const labelZone = Int32Array.from(labelLon, (lon, z) => locate(lon, labelLat[z]));
  return {
    kind: 'msoas', data, people: peopleInputs(data), tables: { count: data.zones.count, parent, labelZone, noun: 'MSOAs' },
    locate, geometries: r.geometries, workday: workdayPopulation(data), cellKm: null, estimated: MSOA_ESTIMATES,
  };
}
