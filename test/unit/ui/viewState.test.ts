/** View and session state live in the store, outside undo; the session is neither saved nor shared. */
import { describe, expect, it } from 'vitest';
import type { DatasetSummary } from '../../../src/engine/index.ts';
import { handleMapClick } from '../../../src/ui/map/handleMapClick.ts';
import { defaultState } from '../../../src/ui/state/appState.ts';
import { restoreState, saveState, shareHash } from '../../../src/ui/state/persistState.ts';
import { createStore } from '../../../src/ui/state/store.ts';
import { setSession, setView } from '../../../src/ui/state/viewActions.ts';

const summary = { zones: { ids: ['E1', 'E2'] } } as unknown as DatasetSummary;
const noSets = { zoneSet: () => null };

describe('view and session state', () => {
  it('changes of view and session are not undone, and a change to nothing leaves the state as it is', () => {
    const store = createStore(defaultState());
    const start = store.get();
    setView(store, { slot: start.view.slot });
    setSession(store, { playing: false });
    expect(store.get()).toBe(start);
    setSession(store, { playing: true, panelTarget: 'comparison' });
    setView(store, { measure: 'present' });
    expect(store.canUndo()).toBe(false);
    expect(store.get().session).toMatchObject({ playing: true, panelTarget: 'comparison' });
  });

  it('the session is not saved or put in links: a restored page is not playing or placing', () => {
    const state = { ...defaultState(), session: { ...defaultState().session, playing: true, placing: 'event' as const, mapReady: 'idle' as const } };
    const stored = new Map<string, string>();
    saveState(state, { setItem: (k, v) => void stored.set(k, v) });
    expect([...stored.values()][0]).not.toContain('session');
    expect(restoreState({ hash: '' }, { getItem: (k) => stored.get(k) ?? null }).state.session).toEqual(defaultState().session);
    const fromLink = restoreState({ hash: shareHash(state) }, null);
    expect(fromLink.source).toBe('link');
    expect(fromLink.state.session).toEqual(defaultState().session);
  });

  it('a map click selects the zone; while placing an event it adds one to the edited scenario, as one undoable step', () => {
    const store = createStore(defaultState());
    handleMapClick(store, summary, noSets, { zone: 1, finer: null, lngLat: [-0.1, 51.5] });
    expect(store.get().view.selectedZone).toBe('E2');
    expect(store.canUndo()).toBe(false);

    setSession(store, { panelTarget: 'comparison', placing: 'event' });
    handleMapClick(store, summary, noSets, { zone: 0, finer: null, lngLat: [-0.12345678, 51.5] });
    const after = store.get();
    expect(after.comparison.events).toEqual([expect.objectContaining({ name: 'Event 1', point: [-0.12346, 51.5], day: 'Mon', start: '12:00' })]);
    expect(after.scenario.events ?? []).toEqual([]);
    expect(after.session.placing).toBeNull();
    expect(after.view.selectedZone, 'placing does not select').toBe('E2');
    store.undo();
    expect(store.get().comparison.events ?? []).toEqual([]);
  });
});
