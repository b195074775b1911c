import { DAYS, dayOfSlot, formatClock, type Scenario } from '../../../engine/index.ts';
import type { AppState } from '../../state/appState.ts';
import { CAPTION_MAX, type ScenarioRef, type StoryCamera, type StoryView } from './story.ts';
import type { StoryLibrary } from './storyLibrary.ts';

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

function refOf(scenario: Scenario, library: StoryLibrary): ScenarioRef {
  return library.nameOf(scenario) ?? structuredClone(scenario);
}

/**
 * The view on screen as a story view: a scenario that equals a shipped file is named by its file, any
 * other is kept whole; the comparison only in compare mode; the camera rounded to what the eye tells
 * apart (about a metre, a hundredth of a zoom level).
 */
export function captureView(state: AppState, camera: StoryCamera | null, library: StoryLibrary, caption = ''): StoryView {
  const { view } = state;
  const difference = view.compare && view.measure === 'difference';
  const captured: StoryView = {
    caption: caption.slice(0, CAPTION_MAX),
    scenario: refOf(state.scenario, library),
    ...(view.compare ? { comparison: refOf(state.comparison, library) } : {}),
    day: DAYS[dayOfSlot(view.slot)],
    time: formatClock(view.slot),
    measure: difference || view.measure !== 'difference' ? view.measure : 'officers',
    ...(difference ? { difference: view.differenceOf } : {}),
    zones: view.zones,
    ...(view.selectedZone !== null ? { selectedZone: view.selectedZone } : {}),
  };
  if (camera) {
    captured.camera = {
      center: [round(camera.center[0], 5), round(camera.center[1], 5)],
      zoom: round(camera.zoom, 2),
      bearing: round(camera.bearing, 1),
      pitch: round(camera.pitch, 1),
    };
  }
  return captured;
}
