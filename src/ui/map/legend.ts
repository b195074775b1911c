import type { MeasureKey } from '../state/appState.ts';
import type { ColourScale } from './colourScale.ts';
import { formatMeasure } from './formatMeasure.ts';
import { MEASURE_INFO } from './measureInfo.ts';

const RAMP_STOPS = 24;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function key(swatchClass: string, text: string): HTMLElement {
  const row = element('div', 'legend-key');
  const swatch = element('span', `legend-swatch ${swatchClass}`);
  swatch.setAttribute('aria-hidden', 'true');
  row.append(swatch, element('span', '', text));
  return row;
}

export interface LegendOptions {
  /** Zones shown hatched because the scenario's force does not police them, e.g. "City of London Police area: no Met officers". */
  notPoliced: string | null;
  /** Whether the dashed outline of the City of London Police area is on the map. */
  cityPoliceArea: boolean;
  stations: boolean;
  /** What the grid is, when it is not the zones (the hexagons). */
  grid?: string | null;
}

/** Fills `root` with the legend of `measure`: title, units, colour ramp, ticks and the map's keys. */
export function renderLegend(root: HTMLElement, measure: MeasureKey, scale: ColourScale, options: LegendOptions): void {
  const info = MEASURE_INFO[measure];
  const title = element('h2', 'legend-title', info.title);
  title.id = 'legend-title';
  root.setAttribute('aria-labelledby', title.id);
  const subtitle = element('p', 'legend-subtitle', options.grid ? `${info.units}. ${options.grid}` : info.units);

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
    const tick = element('span', 'legend-tick', formatMeasure(measure, value, { compact: true }));
    tick.style.left = `${scale.position(value) * 100}%`;
    ticks.append(tick);
  }
  root.replaceChildren(title, subtitle, ramp, ticks);
  if (info.ends) {
    const ends = element('div', 'legend-ends');
    ends.append(element('span', '', info.ends[0]), element('span', '', info.ends[1]));
    root.append(ends);
  }
  const keys = element('div', 'legend-keys');
  if (options.notPoliced && info.officerMeasure) keys.append(key('legend-swatch-hatch', options.notPoliced));
  if (options.cityPoliceArea) keys.append(key('legend-swatch-city', 'City of London Police area'));
  if (options.stations) keys.append(key('legend-swatch-station', 'Stations, sized by footfall now'));
  if (keys.childElementCount > 0) root.append(keys);
}
