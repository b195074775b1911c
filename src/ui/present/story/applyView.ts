import { slotOf, type Scenario } from '../../../engine/index.ts';
import type { AppState } from '../../state/appState.ts';
import { sameValue } from './sameValue.ts';
import type { ScenarioRef, StoryView } from './story.ts';
import type { StoryLibrary } from './storyLibrary.ts';

/** The scenario a reference names, or `current` itself when it is the same (so it is not run again). */
function resolve(ref: ScenarioRef, current: Scenario, library: StoryLibrary): Scenario {
  const scenario = typeof ref === 'string' ? library.scenario(ref) : ref;
  if (scenario === null) throw new Error(`there is no scenario file "${String(ref)}" in scenarios/`);
  return sameValue(scenario, current) ? current : structuredClone(scenario);
}

/**
 * The state showing story view `index`: its scenarios (unchanged objects where they are the same, so
 * nothing runs again), time, measure, zones and selection, compare mode on exactly when the view has a
 * comparison (without one the comparison stays as it was), and the view's caption on screen. Views come
 * from a checked story, so the scenario files they name exist; a missing one throws.
 */
export function applyView(state: AppState, view: StoryView, index: number, library: StoryLibrary): AppState {
  const scenario = resolve(view.scenario, state.scenario, library);
  const comparison = view.comparison === undefined ? state.comparison : resolve(view.comparison, state.comparison, library);
  return {
    ...state,
    scenario,
    comparison,
    view: {
      ...state.view,
      slot: slotOf(view.day, view.time),
      measure: view.measure,
      differenceOf: view.difference ?? state.view.differenceOf,
      zones: view.zones,
      selectedZone: view.selectedZone ?? null,
      compare: view.comparison !== undefined,
    },
    session: { ...state.session, storyView: index },
  };
}
