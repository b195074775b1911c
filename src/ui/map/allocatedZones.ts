import type { DatasetSummary, Scenario } from '../../engine/index.ts';

/** 1 for zones that receive the scenario's officers: those its force polices, or all when force is "all". */
export function allocatedZones(summary: DatasetSummary, scenario: Scenario): Uint8Array {
  const force = scenario.force ?? 'all';
  return Uint8Array.from(summary.zones.forces, (f) => (force === 'all' || f === force ? 1 : 0));
}
