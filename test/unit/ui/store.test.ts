import { describe, expect, it } from 'vitest';
import { defaultState } from '../../../src/ui/state/appState.ts';
import { createStore } from '../../../src/ui/state/store.ts';

const withHeadcount = (n: number) => (s: ReturnType<typeof defaultState>) => ({ ...s, scenario: { ...s.scenario, supply: { ...s.scenario.supply, headcount: n } } });
const atSlot = (slot: number) => (s: ReturnType<typeof defaultState>) => ({ ...s, view: { ...s.view, slot } });

describe('store', () => {
  it('undoes and redoes scenario edits, one at a time', () => {
    const store = createStore(defaultState());
    store.set(withHeadcount(100));
    store.set(withHeadcount(200));
    expect(store.get().scenario.supply.headcount).toBe(200);
    expect(store.undo()).toBe(true);
    expect(store.get().scenario.supply.headcount).toBe(100);
    expect(store.undo()).toBe(true);
    expect(store.get().scenario.supply.headcount).toBe(30940);
    expect(store.undo()).toBe(false);
    expect(store.redo()).toBe(true);
    expect(store.get().scenario.supply.headcount).toBe(100);
  });

  it('keeps the view where the user has it through undo, and does not record view changes', () => {
    const store = createStore(defaultState());
    store.set(withHeadcount(100));
    store.set(atSlot(5), { undoable: false });
    expect(store.canUndo()).toBe(true);
    store.undo();
    expect(store.get().scenario.supply.headcount).toBe(30940);
    expect(store.get().view.slot).toBe(5);
    expect(store.canUndo()).toBe(false);
  });

  it('drops the redo history after a new edit and tells listeners of each change', () => {
    const store = createStore(defaultState());
    const seen: number[] = [];
    store.subscribe((s) => seen.push(s.scenario.supply.headcount));
    store.set(withHeadcount(1));
    store.undo();
    store.set(withHeadcount(2));
    expect(store.canRedo()).toBe(false);
    expect(seen).toEqual([1, 30940, 2]);
  });
});
