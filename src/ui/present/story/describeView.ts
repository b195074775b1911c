import { DAY_NAMES, DAYS } from '../../../engine/index.ts';
import { DIFFERENCE_INFO } from '../../compare/differenceInfo.ts';
import { MEASURE_INFO } from '../../map/measureInfo.ts';
import type { ScenarioRef, StoryView } from './story.ts';
import type { StoryLibrary } from './storyLibrary.ts';

function scenarioName(ref: ScenarioRef, library: StoryLibrary): string {
  return typeof ref === 'string' ? (library.scenario(ref)?.name ?? ref) : ref.name;
}

/** A view in one line: "Fixed borough and Follow the commute, Monday 12:00, difference in officers, boroughs". */
export function describeView(view: StoryView, library: StoryLibrary): string {
  const scenarios = view.comparison === undefined
    ? scenarioName(view.scenario, library)
    : `${scenarioName(view.scenario, library)} and ${scenarioName(view.comparison, library)}`;
  const measure = view.measure === 'difference'
    ? `difference in ${DIFFERENCE_INFO[view.difference ?? 'officers'].label.toLowerCase()}`
    : MEASURE_INFO[view.measure].label.toLowerCase();
  return `${scenarios}, ${DAY_NAMES[DAYS.indexOf(view.day)]} ${view.time}, ${measure}, ${view.zones}`;
}
