import { readFile } from 'node:fs/promises';
import { buildHexGrid } from '../src/io/hexGrid/buildHexGrid.ts';
import { hexLocator } from '../src/io/hexGrid/hexLocator.ts';
import { loadDataset } from '../src/io/loadDataset.ts';
import { readDatasetDir } from '../src/io/readDatasetDir.ts';
import { zoneLocator } from '../src/io/locateStations.ts';
import { allocateFollowDemand } from '../src/model/allocateFollowDemand.ts';
import type { Dataset } from '../src/model/dataset.ts';
import { hexDataset } from '../src/model/hexagons/hexDataset.ts';
import { restateScenario } from '../src/model/hexagons/restateScenario.ts';
import { hexagonTables } from '../src/model/hexagons/runFinerScenario.ts';
import { prepareScenario, type ZoneLocator } from '../src/model/prepareScenario.ts';
import { parseScenario, type Scenario } from '../src/model/scenario.ts';
import { peopleInputs, scenarioInputs, type PeopleInputs } from '../src/model/scenarioInputs.ts';
import type { SmoothedProblem } from '../src/model/smoothedProblem.ts';

/** The shipped smoothed scenario's week, as the engine hands it to the solver, with and without mutual aid. */
export interface LondonSmoothed {
  label: string;
  zones: number;
  /** [with mutual aid, without]. */
  problems: [SmoothedProblem, SmoothedProblem];
}

function problems(data: Dataset, scenario: Scenario, locate: ZoneLocator, people?: PeopleInputs): [SmoothedProblem, SmoothedProblem] {
  const prepared = prepareScenario(scenario, data, locate);
  if (!prepared.ok) throw new Error(`bench: ${JSON.stringify(prepared.errors)}`);
  const { plan } = prepared;
  const n = data.zones.count;
  const demand = scenarioInputs(data, plan.weights, plan.riskYear, people).demand;
  const totals = Int32Array.from(plan.supply.onDuty, (h, s) => h - plan.eventTotal[s]);
  const target = allocateFollowDemand(demand, n, plan.lo, plan.hi, totals).officers;
  const base = { n, allocated: plan.allocated, lo: plan.lo, hi: plan.hi, totals, target, maxChange: plan.maxChangePerSlot };
  return [{ ...base, adjacency: data.adjacency }, { ...base, adjacency: null }];
}

/**
 * scenarios/follow-the-commute-smoothed.json on the London default (data/: 33 boroughs, the City not
 * allocated) and on its 1 km hexagons (694), restated for hexagons as the engine does (restateScenario.ts):
 * the limit of 15 officers per 15 minutes applies to each hexagon.
 */
export async function londonSmoothed(): Promise<LondonSmoothed[]> {
  const { files, resolveBoundaries } = await readDatasetDir('data');
  const loaded = await loadDataset(files, { resolveBoundaries });
  if (!loaded.ok) throw new Error('bench: the London default did not load');
  const { dataset, geometries } = loaded;
  const checked = parseScenario(await readFile('scenarios/follow-the-commute-smoothed.json', 'utf8'));
  if (!checked.ok) throw new Error('bench: the smoothed scenario did not parse');
  const locate = zoneLocator(geometries);
  const boroughs = problems(dataset, checked.scenario, locate);

  const people = peopleInputs(dataset);
  const grid = buildHexGrid(dataset, geometries, 1);
  const hexes = hexDataset(dataset, people, grid);
  const mapped = restateScenario(checked.scenario, dataset, hexagonTables(grid), hexes.data);
  const hexProblems = problems(hexes.data, mapped.scenario, hexLocator(grid.index, locate), hexes.people);
  return [
    { label: 'London boroughs (data/)', zones: dataset.zones.count, problems: boroughs },
    { label: 'London 1 km hexagons', zones: grid.count, problems: hexProblems },
  ];
}
