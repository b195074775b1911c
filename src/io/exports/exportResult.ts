import type { ScenarioInputs, ScenarioResult } from '../../model/index.ts';

/**
 * The parts of a run the writers read: a full ScenarioResult qualifies, and so does a copy the app
 * received from a worker. Arrays are [slot * n + zone] over the 672 slots of the week.
 */
export type ExportResult = Pick<ScenarioResult, 'officersWhole' | 'fixedWhole' | 'onDuty'> & {
  inputs: Pick<ScenarioInputs, 'present' | 'demand'>;
};
