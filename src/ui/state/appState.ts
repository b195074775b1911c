import fixedBorough from '../../../scenarios/fixed-borough.json';
import followTheCommute from '../../../scenarios/follow-the-commute.json';
import type { Scenario } from '../../model/scenario.ts';
import { slotOf } from '../../model/time.ts';

/** What the map colours zones by. */
export type MeasureKey = 'officers' | 'change' | 'per1000' | 'present' | 'demand' | 'pWait' | 'netChange';

export const MEASURES: readonly MeasureKey[] = ['officers', 'change', 'per1000', 'present', 'demand', 'pWait', 'netChange'];

export interface ViewState {
  /** Week slot on screen (0..671). */
  slot: number;
  measure: MeasureKey;
  zones: 'boroughs' | 'hexagons';
  /** Zone id selected for charts and "Why this number?". */
  selectedZone: string | null;
  /** Show the comparison scenario side by side with the planner's scenario. */
  compare: boolean;
}

/**
 * The one serialisable state of the app. Everything on screen is derived from it and from the engine's
 * results for `scenario` and `comparison`. Undo and redo cover the two scenarios, not the view.
 */
export interface AppState {
  scenario: Scenario;
  comparison: Scenario;
  view: ViewState;
}

export function defaultState(): AppState {
  return {
    scenario: structuredClone(followTheCommute) as Scenario,
    comparison: structuredClone(fixedBorough) as Scenario,
    view: { slot: slotOf('Mon', '12:00'), measure: 'officers', zones: 'boroughs', selectedZone: null, compare: false },
  };
}
