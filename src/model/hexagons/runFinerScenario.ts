import type { Dataset } from '../dataset.ts';
import type { SchemaError } from '../jsonSchema.ts';
import { prepareScenario, type PreparedScenario, type ZoneLocator } from '../prepareScenario.ts';
import { runScenario, type RunOptions, type ScenarioResult } from '../runScenario.ts';
import type { Scenario } from '../scenario.ts';
import type { PeopleInputs } from '../scenarioInputs.ts';
import { restateScenario, type FinerTables } from './restateScenario.ts';

export type FinerRun =
  | { ok: true; plan: PreparedScenario; result: ScenarioResult; notes: string[] }
  | { ok: false; errors: SchemaError[] };

/**
 * Allocates finer zones (hexagons, MSOAs) with the engine's own prepareScenario and runScenario: the
 * borough scenario is restated for them (restateScenario.ts) and run on their own dataset. `locate`
 * places event points in the finer zones (-1 outside every zone).
 */
export async function runFinerScenario(
  boroughs: Dataset, fine: { data: Dataset; people: PeopleInputs }, t: FinerTables, scenario: Scenario, locate: ZoneLocator,
  opts: Omit<RunOptions, 'people' | 'lp'> = {},
): Promise<FinerRun> {
  const mapped = restateScenario(scenario, boroughs, t, fine.data);
  const prepared = prepareScenario(mapped.scenario, fine.data, locate);
  if (!prepared.ok) return { ok: false, errors: prepared.errors };
  const result = await runScenario(fine.data, prepared.plan, { ...opts, people: fine.people });
  return { ok: true, plan: prepared.plan, result, notes: mapped.notes };
}

/** A hexagon grid's tables as finer zones: each hexagon lies in its majority zone. */
export function hexagonTables(t: { count: number; majority: Int32Array; labelHex: Int32Array }): FinerTables {
  return { count: t.count, parent: t.majority, labelZone: t.labelHex, noun: 'hexagons' };
}
