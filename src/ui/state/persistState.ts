// Workshop mode: the difference measure and the story (src/ui/present, src/ui/compare).
import { emptyStory } from '../present/story/story.ts';
import { DIFFERENCE_BASES, type DifferenceBase } from './appState.ts';
import { checkScenario, SLOTS_PER_WEEK } from '../../engine/index.ts';
import { MEASURES, ZONE_SETS, defaultSession, defaultState, type AppState, type SavedState } from './appState.ts';

const STORAGE_KEY = 'tideline.state.v1';
const HASH_KEY = 's';

/** What is saved and shared: the scenarios and the view, not the page's session (the story is saved on its own). */
export function savedPart(state: AppState): SavedState {
  return { scenario: state.scenario, comparison: state.comparison, view: state.view };
}

/**
 * Reads a saved or shared state. A link's state (URL hash) wins over the browser's saved one. Anything
 * that does not check out (an edited link, an old format) is dropped piece by piece, falling back to
 * the defaults, so a bad link never stops the app from starting.
 */
export function restoreState(location: { hash: string }, storage: Pick<Storage, 'getItem'> | null): { state: AppState; source: 'link' | 'saved' | 'default' } {
  const fromLink = decodeHash(location.hash);
  if (fromLink) return { state: withDifference(sanitise(fromLink), fromLink), source: 'link' };
  let saved: unknown = null;
  try {
    const text = storage?.getItem(STORAGE_KEY);
    saved = text ? JSON.parse(text) : null;
  } catch {
    saved = null;
  }
  return saved ? { state: withDifference(sanitise(saved), saved), source: 'saved' } : { state: defaultState(), source: 'default' };
}

export function saveState(state: AppState, storage: Pick<Storage, 'setItem'> | null): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(savedPart(state)));
  } catch {
    // Storage full or blocked (private browsing): the app works without it.
  }
}

/** A URL hash that carries the whole state, base64url-encoded JSON. */
export function shareHash(state: AppState): string {
  const bytes = new TextEncoder().encode(JSON.stringify(savedPart(state)));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `#${HASH_KEY}=${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

function decodeHash(hash: string): unknown {
  const m = new RegExp(`^#${HASH_KEY}=([A-Za-z0-9_-]+)$`).exec(hash);
  if (!m) return null;
  try {
    const binary = atob(m[1].replace(/-/g, '+').replace(/_/g, '/'));
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
  } catch {
    return null;
  }
}

function sanitise(value: unknown): AppState {
  const base = defaultState();
  if (typeof value !== 'object' || value === null) return base;
  const v = value as Partial<AppState>;
  const scenario = checkScenario(v.scenario);
  const comparison = checkScenario(v.comparison);
  const view = (typeof v.view === 'object' && v.view !== null ? v.view : {}) as Partial<AppState['view']>;
  return {
    scenario: scenario.ok ? scenario.scenario : base.scenario,
    comparison: comparison.ok ? comparison.scenario : base.comparison,
    view: {
      slot: Number.isInteger(view.slot) && view.slot! >= 0 && view.slot! < SLOTS_PER_WEEK ? view.slot! : base.view.slot,
      measure: MEASURES.includes(view.measure!) ? view.measure! : base.view.measure,
      zones: ZONE_SETS.includes(view.zones!) ? view.zones! : 'boroughs',
      selectedZone: typeof view.selectedZone === 'string' ? view.selectedZone : null,
      compare: view.compare === true,
      differenceOf: DIFFERENCE_BASES.includes(view.differenceOf!) ? view.differenceOf! : base.view.differenceOf,
    },
    story: emptyStory(),
    session: defaultSession(),
  };
}

/** "Difference between scenarios" is kept only in compare mode (one map cannot show it). */
function withDifference(state: AppState, raw: unknown): AppState {
  const view = (raw as { view?: { measure?: unknown; differenceOf?: DifferenceBase } } | null)?.view;
  if (view?.measure !== 'difference' || !state.view.compare) return state;
  return { ...state, view: { ...state.view, measure: 'difference' } };
}
