import fixedBorough from '../../../scenarios/fixed-borough.json';
import followTheCommute from '../../../scenarios/follow-the-commute.json';
import type { Scenario } from '../../engine/index.ts';
import { slotOf } from '../../engine/index.ts';
import { emptyStory, type Story } from '../present/story/story.ts';

/**
 * What the map colours zones by. 'difference' (compare mode only) is the comparison minus the scenario
 * of `view.differenceOf`.
 */
export type MeasureKey = 'officers' | 'change' | 'per1000' | 'present' | 'demand' | 'withinTarget' | 'pWait' | 'netChange' | 'difference';

/** The planner's "Colour by" list. */
export const MEASURES: readonly MeasureKey[] = ['officers', 'change', 'per1000', 'present', 'demand', 'withinTarget', 'pWait', 'netChange'];

/** What "Difference between scenarios" can show, comparison minus scenario. */
export const DIFFERENCE_BASES = ['officers', 'per1000', 'withinTarget'] as const;
export type DifferenceBase = (typeof DIFFERENCE_BASES)[number];

/** Which of the state's two scenarios: the planner's, or the one it is compared with. */
export type Which = 'scenario' | 'comparison';

export const WHICH: readonly Which[] = ['scenario', 'comparison'];

/** The zones the map draws: the dataset's own, or finer ones (the London default's MSOAs, a hexagon grid). */
export type ZoneSet = 'boroughs' | 'msoas' | 'hexagons';

export const ZONE_SETS: readonly ZoneSet[] = ['boroughs', 'msoas', 'hexagons'];

/** The batch panel's views: the officers-for-a-target frontier, front-counter hours, sweeps (src/ui/batch). */
export type BatchView = 'frontier' | 'front-counter' | 'sweep';

export const BATCH_VIEWS: readonly BatchView[] = ['frontier', 'front-counter', 'sweep'];

export const PLAYBACK_SPEEDS = [1, 2, 4, 8] as const;
export type PlaybackSpeed = (typeof PLAYBACK_SPEEDS)[number];

/** What the planner is looking at: saved, and carried in a shared link. */
export interface ViewState {
  /** Week slot on screen (0..671). */
  slot: number;
  measure: MeasureKey;
  zones: ZoneSet;
  /** Id of the zone selected for charts and "Why this number?", in the zone set shown. */
  selectedZone: string | null;
  /** Show the comparison scenario side by side with the planner's scenario. */
  compare: boolean;
  /** What the difference map shows when `measure` is 'difference'. */
  differenceOf: DifferenceBase;
}

/**
 * This page's moment of interaction: in the store like everything else, but neither saved nor put in
 * links (a reload does not start playing, or placing an event).
 */
export interface SessionState {
  playing: boolean;
  speed: PlaybackSpeed;
  /** The scenario the scenario panel edits. */
  panelTarget: Which;
  /** What a click on the map places, instead of selecting a zone. */
  placing: 'event' | null;
  /** 'idle' once the first result is on the map; 'error' when the app could not start. */
  mapReady: 'loading' | 'idle' | 'error';
  /** The batch panel's view, or null when the panel is closed (closing it stops its runs). */
  batches: BatchView | null;
  /** Presentation mode: maps fill the screen, editing panels hidden (src/ui/present). */
  presenting: boolean;
  /** The story view last gone to (its caption is on screen), or null. */
  storyView: number | null;
}

/**
 * The one serialisable state of the app. Everything on screen is derived from it and from the engine's
 * results for `scenario` and `comparison`. Undo and redo cover the two scenarios and the story.
 */
export interface AppState {
  scenario: Scenario;
  comparison: Scenario;
  view: ViewState;
  /** The workshop's story: an ordered list of views (saved in the browser on its own, not in links). */
  story: Story;
  session: SessionState;
}

/** The part of the state that is saved and shared. */
export type SavedState = Pick<AppState, 'scenario' | 'comparison' | 'view'>;

export function defaultSession(): SessionState {
  return { playing: false, speed: 4, panelTarget: 'scenario', placing: null, mapReady: 'loading', batches: null, presenting: false, storyView: null };
}

export function defaultState(): AppState {
  return {
    scenario: structuredClone(followTheCommute) as Scenario,
    comparison: structuredClone(fixedBorough) as Scenario,
    view: { slot: slotOf('Mon', '12:00'), measure: 'officers', zones: 'boroughs', selectedZone: null, compare: false, differenceOf: 'officers' },
    story: emptyStory(),
    session: defaultSession(),
  };
}
