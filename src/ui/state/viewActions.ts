import type { AppState, SessionState, ViewState, Which } from './appState.ts';
import type { Store } from './store.ts';
import type { Scenario } from '../../engine/index.ts';
import type { Story } from '../present/story/story.ts';

function changes<T extends object>(current: T, patch: Partial<T>): boolean {
  return (Object.keys(patch) as (keyof T)[]).some((k) => !Object.is(current[k], patch[k]));
}

/** A change to what the planner looks at: saved and shared, but not undone. */
export function setView(store: Store, patch: Partial<ViewState>): void {
  store.set((s) => (changes(s.view, patch) ? { ...s, view: { ...s.view, ...patch } } : s), { undoable: false });
}

/** A change to this page's moment of interaction (playing, the panel's target, placing, readiness). */
export function setSession(store: Store, patch: Partial<SessionState>): void {
  store.set((s) => (changes(s.session, patch) ? { ...s, session: { ...s.session, ...patch } } : s), { undoable: false });
}

/** One undoable edit of a scenario; `extra` changes the view or session in the same step. */
export function editScenario(
  store: Store, which: Which, change: (s: Scenario) => Scenario, extra?: (s: AppState) => AppState,
): void {
  store.set((s) => {
    const next = change(s[which]);
    const edited = next === s[which] ? s : { ...s, [which]: next };
    return extra ? extra(edited) : edited;
  });
}

/** One undoable edit of the story (add, move, edit or delete a view; a new title; a story loaded). */
export function editStory(store: Store, change: (story: Story) => Story): void {
  store.set((s) => {
    const next = change(s.story);
    return next === s.story ? s : { ...s, story: next };
  });
}
