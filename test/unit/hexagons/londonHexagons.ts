import { readFileSync } from 'node:fs';
import { buildHexGrid, type HexGrid } from '../../../src/io/hexGrid/buildHexGrid.ts';
import { hexLocator } from '../../../src/io/hexGrid/hexLocator.ts';
import { loadDataset } from '../../../src/io/loadDataset.ts';
import type { ZonePolygon } from '../../../src/io/readZoneGeometry.ts';
import { readDatasetDir } from '../../../src/io/readDatasetDir.ts';
import { zoneLocator } from '../../../src/io/locateStations.ts';
import type { Dataset } from '../../../src/model/dataset.ts';
import { hexDataset, type HexDataset } from '../../../src/model/hexagons/hexDataset.ts';
import type { ZoneLocator } from '../../../src/model/prepareScenario.ts';
import { parseScenario, type Scenario } from '../../../src/model/scenario.ts';
import { peopleInputs, type PeopleInputs } from '../../../src/model/scenarioInputs.ts';

export interface LondonHexagons {
  data: Dataset;
  geometries: ZonePolygon[];
  people: PeopleInputs;
  grid: HexGrid;
  hexes: HexDataset;
  locate: ZoneLocator;
}

const cached = new Map<number, Promise<LondonHexagons>>();

/** The embedded London default with its hexagon grid (1 km sides unless said), built through the real loaders once per test file. */
export function londonHexagons(cellKm = 1): Promise<LondonHexagons> {
  let hit = cached.get(cellKm);
  if (!hit) {
    hit = (async () => {
      const { files, resolveBoundaries } = await readDatasetDir('data');
      const r = await loadDataset(files, { resolveBoundaries });
      if (!r.ok) throw new Error(`default data failed to load: ${r.errors.map((e) => e.message).join('; ')}`);
      const people = peopleInputs(r.dataset);
      const grid = buildHexGrid(r.dataset, r.geometries, cellKm);
      return {
        data: r.dataset, geometries: r.geometries, people, grid,
        hexes: hexDataset(r.dataset, people, grid),
        locate: hexLocator(grid.index, zoneLocator(r.geometries)),
      };
    })();
    cached.set(cellKm, hit);
  }
  return hit;
}

export function scenarioFile(name: string): Scenario {
  const checked = parseScenario(readFileSync(new URL(`../../../scenarios/${name}`, import.meta.url), 'utf8'));
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  return checked.scenario;
}

export const WESTMINSTER = 'E09000033';
export const CITY = 'E09000001';
