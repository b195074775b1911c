export interface LegendEntry {
  kind: 'line' | 'dashed' | 'area';
  colour: string;
  fill?: string;
  label: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A chart's key as a list: a small drawn sample of each series beside its name. */
export function chartLegend(entries: readonly LegendEntry[]): HTMLUListElement {
  const list = document.createElement('ul');
  list.className = 'chart-legend';
  for (const entry of entries) {
    const item = document.createElement('li');
    const sample = document.createElementNS(SVG_NS, 'svg');
    sample.setAttribute('viewBox', '0 0 32 14');
    sample.setAttribute('class', 'legend-sample');
    sample.setAttribute('aria-hidden', 'true');
    if (entry.kind === 'area') {
      const box = document.createElementNS(SVG_NS, 'rect');
      box.setAttribute('x', '1');
      box.setAttribute('y', '2');
      box.setAttribute('width', '30');
      box.setAttribute('height', '10');
      box.setAttribute('fill', entry.fill ?? entry.colour);
      box.setAttribute('stroke', entry.colour);
      box.setAttribute('stroke-width', '1.5');
      sample.append(box);
    } else {
      const stroke = document.createElementNS(SVG_NS, 'line');
      stroke.setAttribute('x1', '1');
      stroke.setAttribute('x2', '31');
      stroke.setAttribute('y1', '7');
      stroke.setAttribute('y2', '7');
      stroke.setAttribute('stroke', entry.colour);
      stroke.setAttribute('stroke-width', '3');
      if (entry.kind === 'dashed') stroke.setAttribute('stroke-dasharray', '7 4');
      sample.append(stroke);
    }
    const text = document.createElement('span');
    text.textContent = entry.label;
    item.append(sample, text);
    list.append(item);
  }
  return list;
}
