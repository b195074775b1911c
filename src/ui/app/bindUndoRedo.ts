import type { Store } from '../state/store.ts';

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'range', 'button', 'submit', 'color'].includes(target.type);
}

/**
 * Undo and redo buttons, enabled when there is something to undo or redo, and the same on Ctrl+Z,
 * Ctrl+Shift+Z and Ctrl+Y (Cmd on a Mac). In a text field the keys keep their usual meaning.
 */
export function bindUndoRedo(store: Store, undoButton: HTMLButtonElement, redoButton: HTMLButtonElement, keyTarget: Document): void {
  const refresh = () => {
    undoButton.disabled = !store.canUndo();
    redoButton.disabled = !store.canRedo();
  };
  undoButton.addEventListener('click', () => store.undo());
  redoButton.addEventListener('click', () => store.redo());
  keyTarget.addEventListener('keydown', (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || isTextEntry(event.target)) return;
    const key = event.key.toLowerCase();
    const redo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey);
    const undo = key === 'z' && !event.shiftKey;
    if (!undo && !redo) return;
    event.preventDefault();
    if (undo) store.undo();
    else store.redo();
  });
  store.subscribe(refresh);
  refresh();
}
