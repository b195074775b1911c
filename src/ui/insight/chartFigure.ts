import { select, type Selection } from 'd3';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A chart's frame: a `<figure class="chart CLASS">` holding one `<svg class="chart-svg" role="img">`, selected with d3. */
export function chartFigure(className: string): { figure: HTMLElement; svg: Selection<SVGSVGElement, unknown, null, undefined> } {
  const figure = document.createElement('figure');
  figure.className = `chart ${className}`;
  const svgNode = document.createElementNS(SVG_NS, 'svg');
  figure.append(svgNode);
  return { figure, svg: select(svgNode).attr('role', 'img').attr('class', 'chart-svg') };
}
