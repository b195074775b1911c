import fixedBorough from '../../../../scenarios/fixed-borough.json';
import followTheCommute from '../../../../scenarios/follow-the-commute.json';
import { datasetSummary, type DatasetSummary } from '../../../../src/engine/datasetSummary.ts';
import type { ScenarioResult } from '../../../../src/model/runScenario.ts';
import type { Scenario } from '../../../../src/model/scenario.ts';
import { allocatedZones } from '../../../../src/ui/map/allocatedZones.ts';
import type { MeasureSource } from '../../../../src/ui/map/measureValues.ts';
import { resultWeek, type ZoneWeek } from '../../../../src/ui/map/zoneWeek.ts';
import { defaultRun, runOn } from '../../exports/defaultRun.ts';

export interface LondonPair {
  summary: DatasetSummary;
  /** A: fixed-borough; B: follow-the-commute. */
  a: ScenarioResult;
  b: ScenarioResult;
  sourceA: MeasureSource & { week: ZoneWeek };
  sourceB: MeasureSource & { week: ZoneWeek };
}

/** fixed-borough (A) and follow-the-commute (B) on the London default, as the map reads them. */
export async function londonPair(): Promise<LondonPair> {
  const follow = await defaultRun();
  const fixed = await runOn(follow.data, follow.geometries, fixedBorough as Scenario);
  const summary = datasetSummary(follow.data, follow.geometries, []);
  const statics = { residents: summary.zones.residents, workday: summary.zones.workday };
  return {
    summary, a: fixed.result, b: follow.result,
    // Each week's share of calls within target is given here (Erlang C's), whatever the map's own source of it.
    sourceA: { statics, week: { ...resultWeek(fixed.result, allocatedZones(summary, fixedBorough as Scenario)), withinTarget: fixed.result.measures.withinTarget } },
    sourceB: { statics, week: { ...resultWeek(follow.result, allocatedZones(summary, followTheCommute as Scenario)), withinTarget: follow.result.measures.withinTarget } },
  };
}
