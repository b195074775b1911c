import { describe, expect, it } from 'vitest';
import { defaultState } from '../../../src/ui/state/appState.ts';
import { restoreState, saveState, shareHash } from '../../../src/ui/state/persistState.ts';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
    clear: () => items.clear(),
    key: () => null,
    get length() {
      return items.size;
    },
  };
}

describe('persistState', () => {
  it('round-trips the whole state through a share link, names with any characters included', () => {
    const state = defaultState();
    state.scenario.name = 'Plan für Westminster — "what if" <5,000 fewer>';
    state.view.slot = 300;
    const restored = restoreState({ hash: shareHash(state) }, null);
    expect(restored.source).toBe('link');
    expect(restored.state).toEqual(state);
  });

  it('restores the saved state after a reload, and prefers a link to it', () => {
    const storage = memoryStorage();
    const saved = defaultState();
    saved.scenario.supply.headcount = 25940;
    saveState(saved, storage);
    expect(restoreState({ hash: '' }, storage)).toEqual({ state: saved, source: 'saved' });
    const linked = defaultState();
    linked.scenario.supply.headcount = 1000;
    expect(restoreState({ hash: shareHash(linked) }, storage).state.scenario.supply.headcount).toBe(1000);
  });

  it('falls back to defaults for a tampered link or a scenario that does not check out', () => {
    expect(restoreState({ hash: '#s=%%%' }, null).source).toBe('default');
    const state = defaultState() as unknown as { scenario: Record<string, unknown>; view: Record<string, unknown> };
    state.scenario.method = 'guess';
    state.view.slot = 9999;
    state.view.measure = 'vibes';
    const restored = restoreState({ hash: shareHash(state as never) }, null).state;
    expect(restored.scenario).toEqual(defaultState().scenario);
    expect(restored.view.slot).toBe(defaultState().view.slot);
    expect(restored.view.measure).toBe('officers');
  });

  it('keeps "Difference between scenarios" in a link only in compare mode, and the story out of links', () => {
    const state = defaultState();
    state.view = { ...state.view, compare: true, measure: 'difference', differenceOf: 'withinTarget' };
    state.story = { title: 'Mine', views: [] };
    const restored = restoreState({ hash: shareHash(state) }, null).state;
    expect(restored.view).toMatchObject({ compare: true, measure: 'difference', differenceOf: 'withinTarget' });
    expect(restored.story).toEqual(defaultState().story);
    state.view = { ...state.view, compare: false };
    expect(restoreState({ hash: shareHash(state) }, null).state.view.measure).toBe('officers');
    const odd = { ...state, view: { ...state.view, differenceOf: 'vibes' } } as never;
    expect(restoreState({ hash: shareHash(odd) }, null).state.view.differenceOf).toBe('officers');
  });
});
