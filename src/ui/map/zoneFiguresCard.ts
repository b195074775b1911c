import { figureList, type TooltipContent } from './tooltip.ts';

/**
 * The selected zone's figures as text, for keyboard and screen-reader users (the tooltip's equivalent).
 * `root` is a polite live region; updates are batched so a playing slider does not flood it.
 */
export function createZoneFiguresCard(root: HTMLElement, delayMs = 600): { show(parts: { label: string; content: TooltipContent }[] | null, now?: boolean): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let latest: { label: string; content: TooltipContent }[] | null = null;
  let drawnKey = '';

  function render(): void {
    timer = null;
    const parts = latest;
    const key = JSON.stringify(parts);
    if (key === drawnKey) return;
    drawnKey = key;
    if (!parts || parts.length === 0) {
      const hint = document.createElement('p');
      hint.className = 'zone-figures-hint';
      hint.textContent = 'Click a zone on the map, or choose one here, to see its figures.';
      root.replaceChildren(hint);
      return;
    }
    const nodes = parts.map(({ label, content }) => {
      const block = document.createElement('div');
      block.className = 'zone-figures-block';
      const title = document.createElement('strong');
      title.textContent = label ? `${content.title} (${label})` : content.title;
      const list = figureList(content.rows);
      const note = document.createElement('span');
      note.className = 'zone-figures-note';
      note.textContent = content.subtitle;
      block.append(title, note, list);
      return block;
    });
    root.replaceChildren(...nodes);
  }

  return {
    show(parts, now = false) {
      latest = parts;
      if (now || drawnKey === '') {
        if (timer !== null) clearTimeout(timer);
        render();
      } else if (timer === null) timer = setTimeout(render, delayMs);
    },
  };
}
