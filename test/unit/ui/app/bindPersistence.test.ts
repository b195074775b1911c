import { describe, expect, test, vi } from 'vitest';
import { bindPersistence } from '../../../../src/ui/app/bindPersistence.ts';
import { defaultState } from '../../../../src/ui/state/appState.ts';
import { restoreState } from '../../../../src/ui/state/persistState.ts';
import { setSession, setView } from '../../../../src/ui/state/viewActions.ts';
import { createStore } from '../../../../src/ui/state/store.ts';

function memory() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
}

describe('bindPersistence', () => {
  test('writes a scenario edit to storage and the URL at once, so a reload straight after keeps it', () => {
    const storage = memory();
    let hash = '';
    const store = createStore(defaultState());
    bindPersistence(store, { storage, replaceUrl: (h) => (hash = h) });
    store.set((s) => ({ ...s, scenario: { ...s.scenario, supply: { ...s.scenario.supply, headcount: 25940 } } }));
    expect(restoreState({ hash }, null).state.scenario.supply.headcount).toBe(25940);
    expect(restoreState({ hash: '' }, storage).state.scenario.supply.headcount).toBe(25940);
  });

  test('batches view changes (a playing slider) and flushes them on demand', () => {
    vi.useFakeTimers();
    try {
      let writes = 0;
      let hash = '';
      const store = createStore(defaultState());
      const flush = bindPersistence(store, { storage: null, replaceUrl: (h) => ((hash = h), writes++) });
      expect(writes).toBe(1);
      for (let slot = 0; slot < 50; slot++) store.set((s) => ({ ...s, view: { ...s.view, slot } }), { undoable: false });
      expect(writes).toBe(1);
      flush();
      expect(writes).toBe(2);
      expect(restoreState({ hash }, null).state.view.slot).toBe(49);
      vi.advanceTimersByTime(1000);
      expect(writes).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  test('while the week plays nothing is written; pausing saves the slot it stopped at', () => {
    vi.useFakeTimers();
    try {
      let hash = '';
      let writes = 0;
      const store = createStore(defaultState());
      bindPersistence(store, { storage: null, replaceUrl: (h) => ((hash = h), writes++) });
      setSession(store, { playing: true });
      for (let slot = 0; slot < 50; slot++) setView(store, { slot });
      vi.advanceTimersByTime(5000);
      expect(writes).toBe(1);
      setSession(store, { playing: false });
      vi.advanceTimersByTime(1000);
      expect(writes).toBe(2);
      expect(restoreState({ hash }, null).state.view.slot).toBe(49);
    } finally {
      vi.useRealTimers();
    }
  });
});
