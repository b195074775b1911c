import type { Store } from '../state/store.ts';
import { checkStory } from './story/checkStory.ts';
import { emptyStory, type Story } from './story/story.ts';
import type { StoryLibrary } from './story/storyLibrary.ts';

const STORAGE_KEY = 'tideline.story.v1';

/** The story saved in this browser, if it still checks out against the scenario files (else none). */
export function restoreStory(storage: Pick<Storage, 'getItem'> | null, library: StoryLibrary): Story | null {
  try {
    const text = storage?.getItem(STORAGE_KEY);
    if (!text) return null;
    const check = checkStory(JSON.parse(text), { library });
    return check.ok ? check.story : null;
  } catch {
    return null;
  }
}

/**
 * Saves the story in the browser whenever it changes, apart from the scenarios and view (a story can
 * hold whole scenarios, too much for a share link). An empty story is not kept.
 */
export function bindStoryPersistence(store: Store, storage: Pick<Storage, 'setItem' | 'removeItem'> | null): void {
  store.subscribe((state, previous) => {
    if (state.story === previous.story) return;
    try {
      if (state.story.views.length === 0 && state.story.title === emptyStory().title) storage?.removeItem(STORAGE_KEY);
      else storage?.setItem(STORAGE_KEY, JSON.stringify(state.story));
    } catch {
      // Storage full or blocked: the story lives as long as the page, and "Save story" still works.
    }
  });
}
