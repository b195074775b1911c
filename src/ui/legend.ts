import { formatSignedCount } from './formatCount.ts';
import type { NetChangeScale } from './netChangeScale.ts';

const RAMP_STOPS = 24;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export interface LegendOptions {
  datasetName: string;
  /** Whether to explain the dashed outline of the City of London Police area. */
  cityPoliceArea: boolean;
}

/** Fills `root` with the net-change legend: title, colour ramp, signed tick labels, City of London key. */
export function renderLegend(root: HTMLElement, scale: NetChangeScale, options: LegendOptions): void {
  root.replaceChildren();
  const title = element('h2', 'legend-title', 'Daytime net change in people');
  title.id = 'legend-title';
  root.setAttribute('aria-labelledby', title.id);
  const subtitle = element('p', 'legend-subtitle', `Workday population minus residents. ${options.datasetName}`);

  const ramp = element('div', 'legend-ramp');
  const stops: string[] = [];
  for (let i = 0; i <= RAMP_STOPS; i++) {
    const t = i / RAMP_STOPS;
    stops.push(`${scale.colorAt(t)} ${(t * 100).toFixed(1)}%`);
  }
  ramp.style.background = `linear-gradient(to right, ${stops.join(', ')})`;
  ramp.setAttribute('aria-hidden', 'true');

  const ticks = element('div', 'legend-ticks');
  for (const value of scale.ticks) {
    const tick = element('span', 'legend-tick', formatSignedCount(value));
    tick.style.left = `${scale.position(value) * 100}%`;
    ticks.append(tick);
  }

  const ends = element('div', 'legend-ends');
  ends.append(element('span', '', 'People leave by day'), element('span', '', 'People arrive'));

  root.append(title, subtitle, ramp, ticks, ends);
  if (options.cityPoliceArea) {
    const city = element('div', 'legend-city');
    const swatch = element('span', 'legend-city-swatch');
    swatch.setAttribute('aria-hidden', 'true');
    city.append(swatch, element('span', '', 'City of London Police area'));
    root.append(city);
  }
}
