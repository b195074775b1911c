import type { DatasetSummary } from '../../engine/index.ts';
import type { Store } from '../state/store.ts';
import { applyView } from './story/applyView.ts';
import { parseStory, storyErrorLines } from './story/checkStory.ts';
import { shippedStoryNames, shippedStoryText } from './story/shippedStories.ts';
import type { StoryLibrary } from './story/storyLibrary.ts';

/**
 * Opens the shipped story `name` (from `?story=name`) at its first view: its scenarios, time and measure
 * in the store (before the first run, so only they run) with its caption on screen. Returns the
 * problems, in plain words with field paths, when there is no such story or it does not check out.
 */
export function startStory(store: Store, name: string, summary: DatasetSummary, library: StoryLibrary): { ok: true } | { ok: false; title: string; problems: string[] } {
  const text = shippedStoryText(name);
  if (text === null) {
    return { ok: false, title: `There is no story called "${name}"`, problems: [`The stories shipped with Tideline are: ${shippedStoryNames().join(', ')}.`] };
  }
  const check = parseStory(text, { library, zoneIds: summary.zones.ids });
  if (!check.ok) return { ok: false, title: `The story "${name}" could not be opened`, problems: storyErrorLines(check.errors, `stories/${name}.json`) };
  store.set((s) => applyView({ ...s, story: check.story }, check.story.views[0], 0, library), { undoable: false });
  return { ok: true };
}
