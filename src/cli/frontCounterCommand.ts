import type { EngineApi, Scenario } from '../engine/index.ts';
import { parseOpeningHours } from '../model/index.ts';
import { frontCounterReport } from './frontCounterReport.ts';
import { InputError } from './inputError.ts';
import { refusalError } from './simulateScenario.ts';

export interface FrontCounterRequest {
  zone: string;
  opening: string;
  minWindowMinutes: number | null;
}

/**
 * `npm run simulate -- --front-counter ZONE --opening TEXT`: the scenario run through the engine API with
 * this one front counter in place of its own, and the counter's figures as text. A bad zone or timetable
 * is an InputError naming the option.
 */
export async function frontCounterCommand(
  api: EngineApi, scenario: Scenario, scenarioShown: string, request: FrontCounterRequest,
): Promise<string> {
  const opening = parseOpeningHours(request.opening);
  if (!opening.ok) throw new InputError(`--opening ${JSON.stringify(request.opening)}: ${opening.message}`);
  const counter = {
    name: 'Front counter',
    zone: request.zone,
    opening: request.opening,
    ...(request.minWindowMinutes === null ? {} : { minWindowMinutes: request.minWindowMinutes }),
  };
  const run = await api.run(1, { ...scenario, frontCounters: [counter] });
  if (!run.ok) {
    const zone = !run.cancelled && run.errors.find((e) => e.path === 'frontCounters[0].zone');
    if (zone) throw new InputError(`--front-counter ${request.zone}: ${zone.message}`);
    throw refusalError(run, scenarioShown);
  }
  return frontCounterReport(run.result.frontCounters[0]);
}
