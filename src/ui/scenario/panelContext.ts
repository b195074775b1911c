import type { Scenario } from '../../engine/index.ts';
import type { AppContext, Which } from '../app/appContext.ts';

/** What each section of the scenario panel works with. */
export interface PanelContext {
  ctx: AppContext;
  /** The scenario the panel edits: the planner's, or the comparison (session.panelTarget). */
  target(): Which;
  scenario(): Scenario;
  /** One undoable edit of the target scenario. */
  edit(change: (s: Scenario) => Scenario): void;
}

export interface PanelSection {
  root: HTMLElement;
  /** Brings the section up to date with the state and results; cheap when nothing it shows changed. */
  update(): void;
}

/**
 * Rebuilds `body` with `build` whenever `key()` changes, putting focus back on the control with the
 * same id, so committing a field (Tab to the next) never loses the user's place.
 */
export function rebuildOnChange(body: HTMLElement, key: () => string, build: () => Node[]): () => void {
  let last: string | null = null;
  return () => {
    const next = key();
    if (next === last) return;
    last = next;
    const active = document.activeElement;
    const focusedId = active instanceof HTMLElement && body.contains(active) ? active.id : '';
    body.replaceChildren(...build());
    if (focusedId) document.getElementById(focusedId)?.focus();
  };
}
