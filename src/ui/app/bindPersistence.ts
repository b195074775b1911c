import type { AppState } from '../state/appState.ts';
import { saveState, shareHash } from '../state/persistState.ts';
import type { Store } from '../state/store.ts';
import { debounce } from './debounce.ts';

/** View changes (the slider dragged, the measure) are saved at most this often. */
const VIEW_SAVE_MS = 400;

export interface PersistenceTarget {
  storage: Pick<Storage, 'setItem'> | null;
  /** Replaces the page's URL (history.replaceState), so the address bar always carries the state. */
  replaceUrl(hash: string): void;
}

/**
 * Saves the state in the browser and in the URL. Scenario edits are written at once, so a reload
 * straight after an edit keeps it; view changes are batched. Returns a flush for 'pagehide'.
 */
export function bindPersistence(store: Store, target: PersistenceTarget): () => void {
  const write = (state: AppState) => {
    saveState(state, target.storage);
    target.replaceUrl(shareHash(state));
  };
  const later = debounce(write, VIEW_SAVE_MS);
  store.subscribe((state, previous) => {
    if (state.scenario !== previous.scenario || state.comparison !== previous.comparison) {
      later.cancel();
      write(state);
    } else if (state.view !== previous.view && !state.session.playing) later(state);
    // While the week plays the slot is saved once, when playing stops.
    else if (previous.session.playing && !state.session.playing) later(state);
  });
  write(store.get());
  return () => later.flush();
}
