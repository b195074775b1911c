import type { Day, Scenario } from '../../../engine/index.ts';
import type { DifferenceBase, MeasureKey, ZoneSet } from '../../state/appState.ts';

/** The longest caption a view may carry (it must fit a projector's caption line or two). */
export const CAPTION_MAX = 280;

/** A scenario in a story: a file name under scenarios/ ("fixed-borough.json"), or the scenario itself. */
export type ScenarioRef = string | Scenario;

/** Where a map looks: MapLibre's camera. */
export interface StoryCamera {
  /** [longitude, latitude] */
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

/**
 * One view of a story, as saved in a story file (stories/story.schema.json): the scenario, or the
 * scenario and its comparison side by side, at a time of the week, coloured by a measure, on a zone set,
 * with a zone selected or none, looked at through a camera, and a caption.
 */
export interface StoryView {
  caption: string;
  scenario: ScenarioRef;
  /** Present: the two scenarios side by side (compare mode). */
  comparison?: ScenarioRef;
  day: Day;
  /** "HH:MM" on a quarter hour. */
  time: string;
  measure: MeasureKey;
  /** What "Difference between scenarios" shows; only with measure "difference". */
  difference?: DifferenceBase;
  zones: ZoneSet;
  selectedZone?: string | null;
  /** Absent: the whole dataset fitted to the screen. */
  camera?: StoryCamera;
}

/** An ordered list of views with a title: what a facilitator walks a room through. */
export interface Story {
  $schema?: string;
  title: string;
  views: StoryView[];
}

export function emptyStory(): Story {
  return { title: 'Untitled story', views: [] };
}
