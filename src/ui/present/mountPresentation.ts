import { SLOTS_PER_WEEK } from '../../engine/index.ts';
import type { AppContext } from '../app/appContext.ts';
import { button } from '../dom.ts';
import { setSession, setView } from '../state/viewActions.ts';
import { presentAction, takesTyping, type PresentAction } from './presentKeys.ts';
import type { StoryNavigator } from './storyNavigator.ts';
import './present.css';

export interface PresentationElements {
  /** Where the "Present" button goes (the workshop bar). */
  bar: HTMLElement;
  /** The page header, which keeps the title and gains "Leave presentation" while presenting. */
  header: HTMLElement;
}

/**
 * Presentation mode: "Present" (or F) puts the page in full screen where the browser allows it, and in
 * any case into a layout where the maps fill the screen, editing panels are hidden and the type is sized
 * for a projector. Space plays and pauses, the arrows step 15 minutes, N / P and Page Down / Page Up move
 * through the story, Escape leaves. Whether the page presents is session state in the store; the classes
 * on <html> and <body> only mirror it for the stylesheet.
 */
export function mountPresentation(ctx: AppContext, el: PresentationElements, navigator: StoryNavigator): void {
  const { store } = ctx;
  const toggle = () => setSession(store, { presenting: !store.get().session.presenting, placing: null });
  const present = button('Present', toggle, { className: 'tool-button', id: 'present-button' });
  present.title = 'Full screen for a projector (F). Esc leaves.';
  present.setAttribute('aria-keyshortcuts', 'F');
  present.setAttribute('aria-pressed', 'false');
  const leave = button('Leave presentation', () => setSession(store, { presenting: false }), { className: 'header-button leave-presentation', id: 'leave-presentation' });
  leave.setAttribute('aria-keyshortcuts', 'Escape');
  leave.hidden = true;
  el.bar.prepend(present);
  el.header.append(leave);

  const act = (action: PresentAction) => {
    const { view, session } = store.get();
    switch (action.kind) {
      case 'toggle':
        return toggle();
      case 'leave':
        return setSession(store, { presenting: false });
      case 'playPause':
        return setSession(store, { playing: !session.playing });
      case 'step':
        return setView(store, { slot: (view.slot + action.by + SLOTS_PER_WEEK) % SLOTS_PER_WEEK });
      case 'view':
        return navigator.step(action.by);
    }
  };
  // Capture phase: in presentation mode these keys are the presenter's, not the focused control's.
  document.addEventListener('keydown', (event) => {
    const action = presentAction({ key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, typing: takesTyping(event.target) }, store.get().session.presenting);
    if (!action || (event.repeat && action.kind !== 'step')) return;
    event.preventDefault();
    event.stopPropagation();
    act(action);
  }, { capture: true });

  // Full screen is asked for in the gesture that starts presenting; leaving it by the browser's own means
  // (Escape there never reaches the page) leaves presentation mode too.
  let fullScreened = false;
  document.addEventListener('fullscreenchange', () => {
    // Full screen arrives after the layout changed: point the maps again for the screen they now have.
    navigator.recenter({ animate: false });
    if (document.fullscreenElement) return;
    if (fullScreened && store.get().session.presenting) setSession(store, { presenting: false });
    fullScreened = false;
  });

  let shown = false;
  store.subscribe((state) => {
    const presenting = state.session.presenting;
    if (presenting === shown) return;
    shown = presenting;
    document.documentElement.classList.toggle('presenting', presenting);
    document.body.classList.toggle('presenting', presenting);
    present.setAttribute('aria-pressed', String(presenting));
    leave.hidden = !presenting;
    if (presenting && !document.fullscreenElement && document.fullscreenEnabled) {
      document.documentElement.requestFullscreen().then(() => (fullScreened = true), () => undefined);
    } else if (!presenting && document.fullscreenElement) {
      void document.exitFullscreen().catch(() => undefined);
    }
    navigator.recenter({ animate: false });
  });
}
