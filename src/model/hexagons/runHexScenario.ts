import type { Dataset } from '../dataset.ts';
import type { SchemaError } from '../jsonSchema.ts';
import { prepareScenario, type PreparedScenario, type ZoneLocator } from '../prepareScenario.ts';
import { runScenario, type RunOptions, type ScenarioResult } from '../runScenario.ts';
import type { Scenario } from '../scenario.ts';
import type { HexDataset } from './hexDataset.ts';
import { hexScenario } from './hexScenario.ts';
import type { HexTables } from './hexTables.ts';

export type HexRun =
  | { ok: true; plan: PreparedScenario; result: ScenarioResult; notes: string[] }
  | { ok: false; errors: SchemaError[] };

/**
 * Allocates hexagons with the engine's own prepareScenario and runScenario: the borough scenario is
 * restated for hexagons (hexScenario.ts) and run on the hexagon dataset. `locate` places event points
 * in hexagons (-1 outside every zone).
 */
export async function runHexScenario(
  boroughs: Dataset, hexes: HexDataset, t: HexTables, scenario: Scenario, locate: ZoneLocator,
  opts: Omit<RunOptions, 'people' | 'lp'> = {},
): Promise<HexRun> {
  const mapped = hexScenario(scenario, boroughs, t, hexes.data.residents);
  const prepared = prepareScenario(mapped.scenario, hexes.data, locate);
  if (!prepared.ok) return { ok: false, errors: prepared.errors };
  const result = await runScenario(hexes.data, prepared.plan, { ...opts, people: hexes.people });
  return { ok: true, plan: prepared.plan, result, notes: mapped.notes };
}
