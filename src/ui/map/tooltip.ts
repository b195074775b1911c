/** One labelled figure in the tooltip, e.g. ["Residents", "306,995"]. */
export type TooltipRow = readonly [label: string, value: string];

export interface TooltipContent {
  title: string;
  subtitle: string;
  rows: readonly TooltipRow[];
}

export interface Tooltip {
  /** Shows the content near (x, y), in pixels relative to the tooltip's container. */
  show(content: TooltipContent, x: number, y: number): void;
  hide(): void;
  readonly visible: boolean;
}

const OFFSET = 16;

/** Labelled figures as a definition list, text set with textContent (shared with the zone figures card). */
export function figureList(rows: readonly TooltipRow[]): HTMLDListElement {
  const list = document.createElement('dl');
  for (const [label, value] of rows) {
    const term = document.createElement('dt');
    term.textContent = label;
    const detail = document.createElement('dd');
    detail.textContent = value;
    list.append(term, detail);
  }
  return list;
}

/** A tooltip that follows the pointer inside `container`; all text is set with textContent. */
export function createTooltip(container: HTMLElement, id: string): Tooltip {
  const box = document.createElement('div');
  box.className = 'tooltip';
  box.id = id;
  box.hidden = true;
  container.append(box);

  function fill(content: TooltipContent): void {
    const title = document.createElement('strong');
    title.className = 'tooltip-title';
    title.textContent = content.title;
    const subtitle = document.createElement('span');
    subtitle.className = 'tooltip-subtitle';
    subtitle.textContent = content.subtitle;
    box.replaceChildren(title, subtitle, figureList(content.rows));
  }

  return {
    show(content, x, y) {
      fill(content);
      box.hidden = false;
      // Flip to the other side of the pointer near the right or bottom edge.
      const { clientWidth, clientHeight } = container;
      const left = x + OFFSET + box.offsetWidth > clientWidth ? x - OFFSET - box.offsetWidth : x + OFFSET;
      const top = y + OFFSET + box.offsetHeight > clientHeight ? y - OFFSET - box.offsetHeight : y + OFFSET;
      box.style.transform = `translate(${Math.max(0, left)}px, ${Math.max(0, top)}px)`;
    },
    hide() {
      box.hidden = true;
    },
    get visible() {
      return !box.hidden;
    },
  };
}
