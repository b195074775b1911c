import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SLOTS_PER_WEEK } from '../../../../src/engine/index.ts';
import { applyView } from '../../../../src/ui/present/story/applyView.ts';
import { captureView } from '../../../../src/ui/present/story/captureView.ts';
import { DIFFERENCE_BASES, MEASURES, defaultState, type AppState } from '../../../../src/ui/state/appState.ts';
import { diskLibrary, londonZoneIds } from './storyFiles.ts';

const library = diskLibrary();
const zones = londonZoneIds();

/** A state a planner could be looking at: any shipped scenarios (or an edited one), any time, measure, zone set, selection and camera. */
const arbitraryState = fc.record({
  scenario: fc.constantFrom(...library.fileNames()),
  comparison: fc.constantFrom(...library.fileNames()),
  headcount: fc.option(fc.integer({ min: 1000, max: 40000 }), { nil: null }),
  slot: fc.integer({ min: 0, max: SLOTS_PER_WEEK - 1 }),
  measure: fc.constantFrom(...MEASURES, 'difference' as const),
  differenceOf: fc.constantFrom(...DIFFERENCE_BASES),
  zones: fc.constantFrom('boroughs' as const, 'hexagons' as const),
  selectedZone: fc.option(fc.constantFrom(...zones), { nil: null }),
  compare: fc.boolean(),
}).map((r): AppState => {
  const base = defaultState();
  const scenario = library.scenario(r.scenario)!;
  if (r.headcount !== null) scenario.supply = { ...scenario.supply, headcount: r.headcount };
  return {
    ...base,
    scenario,
    comparison: library.scenario(r.comparison)!,
    view: {
      slot: r.slot, measure: r.compare || r.measure !== 'difference' ? r.measure : 'officers', differenceOf: r.differenceOf,
      zones: r.zones, selectedZone: r.selectedZone, compare: r.compare,
    },
  };
});

const camera = fc.record({
  center: fc.tuple(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: 51, max: 52, noNaN: true })),
  zoom: fc.double({ min: 5, max: 15, noNaN: true }),
  bearing: fc.constant(0),
  pitch: fc.constant(0),
});

describe('capturing and applying a story view', () => {
  it('applying a captured view onto any other state gives back what was on screen', () => {
    fc.assert(fc.property(arbitraryState, arbitraryState, camera, (shown, elsewhere, cam) => {
      const view = captureView(shown, cam, library, 'a caption');
      const back = applyView(elsewhere, view, 3, library);
      expect(back.scenario).toEqual(shown.scenario);
      if (shown.view.compare) expect(back.comparison).toEqual(shown.comparison);
      else expect(back.comparison).toBe(elsewhere.comparison);
      const expectedView = { ...shown.view, differenceOf: shown.view.measure === 'difference' ? shown.view.differenceOf : elsewhere.view.differenceOf };
      expect(back.view).toEqual(expectedView);
      expect(back.session.storyView).toBe(3);
      expect(back.story).toBe(elsewhere.story);
      expect(view.camera!.center[0]).toBeCloseTo(cam.center[0], 4);
      expect(view.camera!.zoom).toBeCloseTo(cam.zoom, 1);
    }), { numRuns: 200 });
  });

  it('names a shipped scenario by its file and keeps an edited one whole', () => {
    const state = defaultState();
    expect(captureView(state, null, library).scenario).toBe('follow-the-commute.json');
    const edited = { ...state, scenario: { ...state.scenario, supply: { ...state.scenario.supply, headcount: 25000 } } };
    expect(captureView(edited, null, library).scenario).toEqual(edited.scenario);
    expect(captureView(state, null, library).comparison).toBeUndefined();
    expect(captureView({ ...state, view: { ...state.view, compare: true } }, null, library).comparison).toBe('fixed-borough.json');
  });

  it('keeps the scenario objects on screen when a view names the same scenarios, so nothing runs again', () => {
    const state = { ...defaultState(), view: { ...defaultState().view, compare: true } };
    const view = captureView(state, null, library);
    const back = applyView({ ...state, view: { ...state.view, slot: 5 } }, view, 0, library);
    expect(back.scenario).toBe(state.scenario);
    expect(back.comparison).toBe(state.comparison);
  });

  it('leaves out the camera, comparison, selection and difference when there are none', () => {
    const view = captureView(defaultState(), null, library, 'x'.repeat(300));
    expect(Object.keys(view).sort()).toEqual(['caption', 'day', 'measure', 'scenario', 'time', 'zones']);
    expect(view).toMatchObject({ day: 'Mon', time: '12:00', measure: 'officers', zones: 'boroughs' });
    expect(view.caption).toHaveLength(280);
  });
});
