import { button, el } from '../dom.ts';

export interface BatchProgress {
  element: HTMLElement;
  /** Shows `text` with a bar at `fraction` (0..1), or a moving bar when the amount is unknown (null). */
  show(text: string, fraction: number | null): void;
  hide(): void;
}

/** A batch's progress: a bar, what it is doing in words, and a Stop button that cancels the batch. */
export function batchProgress(id: string, onStop: () => void): BatchProgress {
  const label = el('span', { id: `${id}-label`, className: 'batch-progress-text' });
  const bar = el('progress', { attrs: { 'aria-labelledby': label.id } });
  bar.max = 1;
  const stop = button('Stop', onStop, { className: 'batch-button batch-stop' });
  const element = el('div', { className: 'batch-progress', id, hidden: true, attrs: { role: 'status' } }, [label, bar, stop]);
  return {
    element,
    show(text, fraction) {
      if (label.textContent !== text) label.textContent = text;
      if (fraction === null) bar.removeAttribute('value');
      else bar.value = Math.min(1, Math.max(0, fraction));
      element.hidden = false;
    },
    hide() {
      element.hidden = true;
    },
  };
}
