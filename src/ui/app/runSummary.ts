import type { DatasetSummary } from '../../engine/index.ts';
import type { RunSummary } from '../testHooks.ts';
import type { ZoneRun } from './appContext.ts';

/** A run in the words tests read: status, officers on duty at `slot`, and each event's sources by zone id. */
export function runSummary(run: ZoneRun, name: string, slot: number, summary: DatasetSummary): RunSummary {
  const r = run.result;
  return {
    status: run.status,
    name,
    onDutyNow: r ? r.onDuty[slot] : null,
    errors: run.errors,
    events: (r?.events ?? []).map((e) => ({
      name: e.name,
      abstractedFrom: e.abstractedFrom.map((a) => ({ zone: summary.zones.ids[a.zone], officerHours: a.officerHours })),
    })),
  };
}
