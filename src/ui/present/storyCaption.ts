import type { AppContext } from '../app/appContext.ts';
import { button, el } from '../dom.ts';
import { setSession } from '../state/viewActions.ts';
import type { StoryNavigator } from './storyNavigator.ts';

/** The caption of the story view on screen, or null when none is. */
export function currentCaption(state: ReturnType<AppContext['store']['get']>): { index: number; count: number; title: string; text: string } | null {
  const i = state.session.storyView;
  const view = i === null ? undefined : state.story.views[i];
  if (i === null || !view) return null;
  return { index: i, count: state.story.views.length, title: state.story.title, text: view.caption };
}

/**
 * The caption of the story view gone to, over the bottom of the maps: "View 2 of 8", the caption (read
 * out as it changes), and previous / next / close for pointer users. Hidden when no view is on screen.
 */
export function mountStoryCaption(ctx: AppContext, root: HTMLElement, navigator: StoryNavigator): void {
  const count = el('p', { className: 'story-caption-count' });
  const text = el('p', { className: 'story-caption-text', id: 'story-caption-text', attrs: { 'aria-live': 'polite' } });
  const previous = button('Previous view', () => navigator.step(-1), { className: 'caption-button', label: 'Previous story view' });
  const next = button('Next view', () => navigator.step(1), { className: 'caption-button', label: 'Next story view' });
  const close = button('Close', () => setSession(ctx.store, { storyView: null }), { className: 'caption-button', label: 'Close the story caption' });
  previous.setAttribute('aria-keyshortcuts', 'P PageUp');
  next.setAttribute('aria-keyshortcuts', 'N PageDown');
  root.replaceChildren(count, text, el('div', { className: 'story-caption-nav' }, [previous, next, close]));
  root.setAttribute('aria-label', 'Story caption');
  root.setAttribute('role', 'region');

  let shown = '';
  const draw = () => {
    const caption = currentCaption(ctx.store.get());
    const key = caption ? JSON.stringify(caption) : '';
    if (key === shown) return;
    shown = key;
    root.hidden = caption === null;
    if (!caption) return;
    count.textContent = `View ${caption.index + 1} of ${caption.count} \u00b7 ${caption.title}`;
    text.textContent = caption.text;
    previous.disabled = caption.index === 0;
    next.disabled = caption.index === caption.count - 1;
  };
  ctx.store.subscribe(() => ctx.frames.request(draw));
  draw();
}
