import { el } from '../dom.ts';
import type { DifferenceLegend } from './differenceFrame.ts';
import { DIFFERENCE_INFO } from './differenceInfo.ts';

const RAMP_STOPS = 24;
const drawn = new WeakMap<HTMLElement, unknown>();

/** The legend ramp's CSS gradient for a scale. */
export function rampGradient(colorAt: (t: number) => string): string {
  const stops: string[] = [];
  for (let i = 0; i <= RAMP_STOPS; i++) stops.push(`${colorAt(i / RAMP_STOPS)} ${((i / RAMP_STOPS) * 100).toFixed(1)}%`);
  return `linear-gradient(to right, ${stops.join(', ')})`;
}

/**
 * Fills `root` with the difference map's legend (or hides it for null): "Difference between scenarios",
 * what is taken from what, the diverging ramp with its ticks around zero, and which end is which.
 * Drawn again only when the legend changes.
 */
export function renderDifferenceLegend(root: HTMLElement, legend: DifferenceLegend | null): void {
  const last = drawn.get(root) as DifferenceLegend | null | undefined;
  if (last !== undefined && (last === legend || (last && legend && sameLegend(last, legend)))) return;
  drawn.set(root, legend);
  root.hidden = legend === null;
  if (!legend) {
    root.replaceChildren();
    return;
  }
  const info = DIFFERENCE_INFO[legend.base];
  const title = el('h2', { className: 'legend-title', id: 'difference-legend-title', text: `Difference between scenarios: ${info.label.toLowerCase()}` });
  root.setAttribute('aria-labelledby', title.id);
  const ramp = el('div', { className: 'legend-ramp', attrs: { 'aria-hidden': 'true' } });
  ramp.style.background = rampGradient(legend.scale.colorAt);
  const ticks = el('div', { className: 'legend-ticks' }, legend.scale.ticks.map((v) => {
    const tick = el('span', { className: 'legend-tick', text: info.change(v, true) });
    tick.style.left = `${legend.scale.position(v) * 100}%`;
    return tick;
  }));
  const ends = el('div', { className: 'legend-ends' }, [el('span', { text: 'Lower in the comparison' }), el('span', { text: 'Higher in the comparison' })]);
  root.replaceChildren(title, el('p', { className: 'legend-subtitle', text: `${legend.title}. ${info.units}` }), ramp, ticks, ends);
}

function sameLegend(a: DifferenceLegend, b: DifferenceLegend): boolean {
  return a.base === b.base && a.scale === b.scale && a.title === b.title;
}
