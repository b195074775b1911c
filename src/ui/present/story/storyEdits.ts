import { CAPTION_MAX, type Story, type StoryView } from './story.ts';

/**
 * Edits of a story, each returning a new story (the store's undo keeps the old one). An edit that
 * changes nothing (moving the first view up, an index out of range) returns the same story.
 */
export function addView(story: Story, view: StoryView): Story {
  return { ...story, views: [...story.views, view] };
}

/** Moves view `from` to position `to`. */
export function moveView(story: Story, from: number, to: number): Story {
  const n = story.views.length;
  if (from === to || from < 0 || from >= n || to < 0 || to >= n) return story;
  const views = [...story.views];
  const [moved] = views.splice(from, 1);
  views.splice(to, 0, moved);
  return { ...story, views };
}

/** Puts `view` in place of view `index`, keeping that view's caption. */
export function replaceView(story: Story, index: number, view: StoryView): Story {
  if (index < 0 || index >= story.views.length) return story;
  return { ...story, views: story.views.map((v, i) => (i === index ? { ...view, caption: v.caption } : v)) };
}

/** A new caption for view `index`, cut to CAPTION_MAX characters. */
export function setCaption(story: Story, index: number, caption: string): Story {
  const text = caption.slice(0, CAPTION_MAX);
  if (index < 0 || index >= story.views.length || story.views[index].caption === text) return story;
  return { ...story, views: story.views.map((v, i) => (i === index ? { ...v, caption: text } : v)) };
}

export function deleteView(story: Story, index: number): Story {
  if (index < 0 || index >= story.views.length) return story;
  return { ...story, views: story.views.filter((_, i) => i !== index) };
}

export function setTitle(story: Story, title: string): Story {
  const text = title.trim().slice(0, 120) || story.title;
  return text === story.title ? story : { ...story, title: text };
}
