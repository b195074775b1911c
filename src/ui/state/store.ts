import type { AppState } from './appState.ts';

export type Listener = (state: AppState, previous: AppState) => void;

export interface Store {
  get(): AppState;
  /**
   * Replaces the state. Edits to a scenario or the story are `undoable` (the default); view and session
   * changes such as moving the time slider are not (use setView / setSession), so undo steps through
   * scenario and story edits only.
   */
  set(update: (state: AppState) => AppState, options?: { undoable?: boolean }): void;
  subscribe(listener: Listener): () => void;
  undo(): boolean;
  redo(): boolean;
  canUndo(): boolean;
  canRedo(): boolean;
}

const HISTORY_LIMIT = 200;

/** A minimal store: immutable states, listeners told of each change, scenario and story history for undo. */
export function createStore(initial: AppState): Store {
  let state = initial;
  const past: AppState[] = [];
  const future: AppState[] = [];
  const listeners = new Set<Listener>();

  const replace = (next: AppState) => {
    if (next === state) return;
    const previous = state;
    state = next;
    for (const l of [...listeners]) l(state, previous);
  };

  // Undo restores the scenarios and the story: the view and session (time, selection, playing) stay as they are.
  const withScenarios = (from: AppState): AppState => ({ ...state, scenario: from.scenario, comparison: from.comparison, story: from.story });

  return {
    get: () => state,
    set(update, options = {}) {
      const next = update(state);
      if (next === state) return;
      if (options.undoable ?? true) {
        past.push(state);
        if (past.length > HISTORY_LIMIT) past.shift();
        future.length = 0;
      }
      replace(next);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    undo() {
      const previous = past.pop();
      if (!previous) return false;
      future.push(state);
      replace(withScenarios(previous));
      return true;
    },
    redo() {
      const next = future.pop();
      if (!next) return false;
      past.push(state);
      replace(withScenarios(next));
      return true;
    },
    canUndo: () => past.length > 0,
    canRedo: () => future.length > 0,
  };
}
