export interface LoadProgress {
  element: HTMLElement;
  /** Shows `label` with a bar at `fraction` (0..1), or a moving bar when the amount is unknown (null). */
  show(label: string, fraction: number | null): void;
  hide(): void;
}

/** The progress bar shown while dataset files are read and parsed. */
export function loadProgress(): LoadProgress {
  const wrap = document.createElement('div');
  wrap.className = 'load-progress';
  wrap.hidden = true;
  const label = document.createElement('span');
  label.id = 'load-progress-label';
  const bar = document.createElement('progress');
  bar.max = 1;
  bar.setAttribute('aria-labelledby', label.id);
  wrap.append(label, bar);
  return {
    element: wrap,
    show(text, fraction) {
      if (label.textContent !== text) label.textContent = text;
      if (fraction === null) bar.removeAttribute('value');
      else bar.value = Math.min(1, Math.max(0, fraction));
      wrap.hidden = false;
    },
    hide() {
      wrap.hidden = true;
    },
  };
}
