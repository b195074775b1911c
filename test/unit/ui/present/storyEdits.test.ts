import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Story, StoryView } from '../../../../src/ui/present/story/story.ts';
import { addView, deleteView, moveView, replaceView, setCaption, setTitle } from '../../../../src/ui/present/story/storyEdits.ts';
import { defaultState } from '../../../../src/ui/state/appState.ts';
import { createStore } from '../../../../src/ui/state/store.ts';
import { editStory, setView } from '../../../../src/ui/state/viewActions.ts';

const view = (caption: string): StoryView => ({ caption, scenario: 'fixed-borough.json', day: 'Mon', time: '12:00', measure: 'officers', zones: 'boroughs' });
const story = (n: number): Story => ({ title: 'T', views: Array.from({ length: n }, (_, i) => view(`v${i}`)) });
const captions = (s: Story) => s.views.map((v) => v.caption);

describe('story edits', () => {
  it('moving a view keeps every view once, puts it where asked and keeps the others in order', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 12 }).chain((n) => fc.tuple(fc.constant(n), fc.nat(n - 1), fc.nat(n - 1))), ([n, from, to]) => {
      const moved = moveView(story(n), from, to);
      expect([...captions(moved)].sort()).toEqual([...captions(story(n))].sort());
      expect(moved.views[to].caption).toBe(`v${from}`);
      const others = captions(moved).filter((c) => c !== `v${from}`);
      expect(others).toEqual(captions(story(n)).filter((c) => c !== `v${from}`));
    }));
  });

  it('delete, replace and caption edits touch only their view; out of range they change nothing', () => {
    const s = story(3);
    expect(captions(deleteView(s, 1))).toEqual(['v0', 'v2']);
    expect(deleteView(s, 3)).toBe(s);
    const replaced = replaceView(s, 2, { ...view('ignored'), time: '08:00' });
    expect(replaced.views[2]).toMatchObject({ caption: 'v2', time: '08:00' });
    expect(replaced.views[0]).toBe(s.views[0]);
    expect(setCaption(s, 0, 'x'.repeat(400)).views[0].caption).toHaveLength(280);
    expect(setCaption(s, 0, 'v0')).toBe(s);
    expect(moveView(s, 0, 0)).toBe(s);
    expect(setTitle(s, '  ')).toBe(s);
    expect(setTitle(s, ' New ').title).toBe('New');
    expect(captions(addView(s, view('v3')))).toEqual(['v0', 'v1', 'v2', 'v3']);
  });

  it('undo and redo step through story edits as through scenario edits, and leave the view alone', () => {
    const store = createStore(defaultState());
    editStory(store, (s) => addView(s, view('first')));
    editStory(store, (s) => addView(s, view('second')));
    editStory(store, (s) => setCaption(s, 0, 'edited'));
    setView(store, { slot: 7 });
    expect(captions(store.get().story)).toEqual(['edited', 'second']);
    store.undo();
    expect(captions(store.get().story)).toEqual(['first', 'second']);
    store.undo();
    store.undo();
    expect(store.get().story.views).toEqual([]);
    expect(store.canUndo()).toBe(false);
    store.redo();
    expect(captions(store.get().story)).toEqual(['first']);
    expect(store.get().view.slot).toBe(7);
  });
});
