import type { AppContext } from '../app/appContext.ts';
import { downloadText } from '../dataTools/downloadText.ts';
import { button, el, labelled } from '../dom.ts';
import { editStory } from '../state/viewActions.ts';
import { captureView } from './story/captureView.ts';
import { parseStory, storyErrorLines } from './story/checkStory.ts';
import { describeView } from './story/describeView.ts';
import { CAPTION_MAX, type Story } from './story/story.ts';
import { addView, deleteView, moveView, replaceView, setCaption, setTitle } from './story/storyEdits.ts';
import { storyFileName, storyFileText } from './story/storyFile.ts';
import type { StoryLibrary } from './story/storyLibrary.ts';
import type { StoryNavigator } from './storyNavigator.ts';
import { shippedStoryNames, shippedStoryText } from './story/shippedStories.ts';

/**
 * "Add view to story" in the workshop bar, and the story itself in a drop-down beside it: its title,
 * each view with its caption to edit, show, move up or down, replace with the view on screen or delete
 * (every edit undoable), and saving the story to a file, loading one, or opening a shipped story.
 */
export function mountStoryPanel(ctx: AppContext, bar: HTMLElement, navigator: StoryNavigator, library: StoryLibrary): { load(text: string, fileName: string): boolean } {
  const { store } = ctx;
  const status = el('p', { className: 'visually-hidden', attrs: { role: 'status' } });

  const add = button('Add view to story', () => {
    const view = captureView(store.get(), navigator.camera(), library);
    editStory(store, (s) => addView(s, view));
    const n = store.get().story.views.length;
    status.textContent = `View ${n} added to the story. Give it a caption under Story.`;
  }, { className: 'tool-button', id: 'add-story-view' });

  const summary = el('summary', { className: 'story-summary' });
  const title = el('input', { type: 'text', attrs: { maxlength: '120' } });
  title.addEventListener('change', () => editStory(store, (s) => setTitle(s, title.value)));
  const list = el('ol', { className: 'story-views' });
  const empty = el('p', { className: 'story-empty', text: 'No views yet. Set up the maps, then press "Add view to story".' });
  const problems = el('ul', { className: 'story-problems', hidden: true, attrs: { role: 'alert' } });

  const save = button('Save story', () => {
    const { story } = store.get();
    downloadText(storyFileText(story), storyFileName(story), 'application/json');
  }, { className: 'panel-button', id: 'save-story' });
  const fileInput = el('input', { type: 'file', id: 'story-file', attrs: { accept: '.json,application/json' } });
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    void file.text().then((text) => {
      load(text, file.name);
      fileInput.value = '';
    });
  });
  const shipped = el('select', {}, [el('option', { value: '', text: 'Choose…' }), ...shippedStoryNames().map((n) => el('option', { value: n, text: n }))]);
  const openShipped = button('Open', () => {
    const text = shippedStoryText(shipped.value);
    if (text !== null) load(text, `${shipped.value}.json`);
  }, { className: 'panel-button', id: 'open-shipped-story' });

  const panel = el('div', { className: 'story-panel' }, [
    labelled('story-title-input', 'Story title', title),
    list,
    empty,
    el('div', { className: 'story-files' }, [
      save,
      labelled('story-file', 'Load story', fileInput, 'control story-load'),
      el('div', { className: 'field-row' }, [labelled('shipped-story', 'Shipped story', shipped), openShipped]),
    ]),
    problems,
  ]);
  const details = el('details', { className: 'story-details', id: 'story-details' }, [summary, panel]);
  bar.append(add, details, status);

  function load(text: string, fileName: string): boolean {
    const check = parseStory(text, { library, zoneIds: ctx.dataset.current().zones.ids });
    if (!check.ok) {
      problems.replaceChildren(
        el('li', { text: `The story in ${fileName} was not loaded:` }),
        ...storyErrorLines(check.errors, fileName).map((line) => el('li', { text: line })),
      );
      problems.hidden = false;
      details.open = true;
      return false;
    }
    problems.hidden = true;
    editStory(store, () => check.story);
    navigator.goTo(0);
    status.textContent = `Loaded "${check.story.title}": ${check.story.views.length} views.`;
    return true;
  }

  /** Which control had focus, so it (or, after a move, the moved view's) has it again once the list is rebuilt. */
  let focusNext: string | null = null;
  const focusKey = () => focusNext ?? (document.activeElement instanceof HTMLElement ? document.activeElement.dataset.focusKey ?? null : null);

  function item(story: Story, i: number): HTMLLIElement {
    const view = story.views[i];
    const n = i + 1;
    const edit = (change: (s: Story) => Story) => editStory(store, change);
    const caption = el('textarea', { id: `story-caption-${i}`, value: view.caption, attrs: { maxlength: String(CAPTION_MAX), rows: '3', 'data-focus-key': `${i}:caption` } });
    const counter = el('span', { className: 'story-counter', text: `${view.caption.length} / ${CAPTION_MAX}` });
    caption.addEventListener('input', () => (counter.textContent = `${caption.value.length} / ${CAPTION_MAX}`));
    caption.addEventListener('change', () => edit((s) => setCaption(s, i, caption.value)));
    const act = (text: string, label: string, key: string, run: () => void, disabled = false) => {
      const b = button(text, run, { className: 'panel-button story-action', label });
      b.dataset.focusKey = `${i}:${key}`;
      b.disabled = disabled;
      return b;
    };
    return el('li', { className: 'story-view' }, [
      el('p', { className: 'story-view-what', text: describeView(view, library) }),
      el('label', { htmlFor: caption.id, text: `Caption of view ${n}` }),
      caption,
      counter,
      el('div', { className: 'story-actions' }, [
        act('Show', `Show view ${n}`, 'show', () => navigator.goTo(i)),
        act('Up', `Move view ${n} up`, 'up', () => {
          focusNext = `${i - 1}:up`;
          edit((s) => moveView(s, i, i - 1));
        }, i === 0),
        act('Down', `Move view ${n} down`, 'down', () => {
          focusNext = `${i + 1}:down`;
          edit((s) => moveView(s, i, i + 1));
        }, i === story.views.length - 1),
        act('Replace', `Replace view ${n} with the view on screen`, 'replace', () => edit((s) => replaceView(s, i, captureView(store.get(), navigator.camera(), library)))),
        act('Delete', `Delete view ${n}`, 'delete', () => edit((s) => deleteView(s, i))),
      ]),
    ]);
  }

  let drawn: Story | null = null;
  const draw = () => {
    const { story } = store.get();
    if (story === drawn) return;
    drawn = story;
    const focused = focusKey();
    focusNext = null;
    summary.textContent = `Story (${story.views.length} ${story.views.length === 1 ? 'view' : 'views'})`;
    if (title.value !== story.title) title.value = story.title;
    list.replaceChildren(...story.views.map((_, i) => item(story, i)));
    empty.hidden = story.views.length > 0;
    save.disabled = story.views.length === 0;
    if (focused) (list.querySelector<HTMLElement>(`[data-focus-key="${focused}"]:not(:disabled)`) ?? null)?.focus();
  };
  store.subscribe(draw);
  draw();
  return { load };
}
