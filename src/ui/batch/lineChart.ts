import { axisBottom, axisLeft, extent, line, scaleLinear, scalePoint } from 'd3';
import { LINE_STYLES } from './lineStyles.ts';
import { chartFigure } from '../insight/chartFigure.ts';

export interface ChartPoint {
  x: number | string;
  y: number;
}

export interface ChartLine {
  label: string;
  points: readonly ChartPoint[];
  /** Index into LINE_STYLES (default: the line's own index). */
  style?: number;
  /** A point picked out with a ring and a label (a frontier's smallest headcount). */
  mark?: { point: ChartPoint; label: string } | null;
}

export interface ChartData {
  xLabel: string;
  /** Numbers on a linear axis, or categories in the order given. */
  x: { kind: 'number'; format: (v: number) => string } | { kind: 'category'; categories: readonly string[] };
  yLabel: string;
  yFormat: (v: number) => string;
  lines: readonly ChartLine[];
  /** A horizontal line at a target value. */
  target?: { y: number; label: string } | null;
  /** The chart's text alternative. */
  description: string;
}

export interface LineChart {
  element: HTMLElement;
  draw(data: ChartData): void;
  clear(): void;
  /** Lays the chart out for `width` CSS pixels, so its type keeps its size. */
  resize(width: number): void;
}

const HEIGHT = 300;
const M = { top: 18, right: 20, bottom: 56, left: 70 };
const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Lines of points against a numeric or categorical x axis, with an optional target line and marked
 * points, and a key below. Every label is set as text (series names may come from a user's file).
 */
export function lineChart(className: string): LineChart {
  const { figure, svg } = chartFigure(`batch-chart ${className}`);
  figure.hidden = true;
  const legend = document.createElement('ul');
  legend.className = 'chart-legend batch-legend';
  figure.append(legend);
  let width = 560;
  let data: ChartData | null = null;

  function paint(d: ChartData): void {
    svg.selectAll('*').remove();
    svg.attr('viewBox', `0 0 ${width} ${HEIGHT}`).attr('aria-label', d.description);
    const ys = d.lines.flatMap((l) => l.points.map((p) => p.y)).concat(d.target ? [d.target.y] : []).filter(Number.isFinite);
    const [y0, y1] = ys.length > 0 ? (extent(ys) as [number, number]) : [0, 1];
    const pad = (y1 - y0) * 0.08 || Math.abs(y0) * 0.05 || 1;
    const y = scaleLinear().domain([y0 - pad, y1 + pad]).nice(5).range([HEIGHT - M.bottom, M.top]);
    let xOf: (v: number | string) => number;
    const bottom = svg.append('g').attr('class', 'axis axis-x').attr('transform', `translate(0,${HEIGHT - M.bottom})`);
    if (d.x.kind === 'number') {
      const xs = d.lines.flatMap((l) => l.points.map((p) => Number(p.x)));
      const [a, b] = xs.length > 0 ? (extent(xs) as [number, number]) : [0, 1];
      const x = scaleLinear().domain(a === b ? [a - 1, b + 1] : [a, b]).nice(6).range([M.left, width - M.right]);
      xOf = (v) => x(Number(v));
      const fmt = d.x.format;
      bottom.call(axisBottom(x).ticks(Math.max(2, Math.floor((width - M.left - M.right) / 90))).tickFormat((v) => fmt(Number(v))));
    } else {
      const x = scalePoint<string>().domain([...d.x.categories]).range([M.left, width - M.right]).padding(0.5);
      xOf = (v) => x(String(v)) ?? M.left;
      bottom.call(axisBottom(x));
      if (d.x.categories.length > 4) bottom.selectAll('text').attr('transform', 'rotate(-20)').attr('text-anchor', 'end');
    }
    svg.append('g').attr('class', 'axis axis-y').attr('transform', `translate(${M.left},0)`)
      .call(axisLeft(y).ticks(5).tickFormat((v) => d.yFormat(Number(v))));
    svg.append('text').attr('class', 'axis-label').attr('x', (M.left + width - M.right) / 2).attr('y', HEIGHT - 8)
      .attr('text-anchor', 'middle').text(d.xLabel);
    svg.append('text').attr('class', 'axis-label').attr('text-anchor', 'middle')
      .attr('transform', `translate(14,${(HEIGHT - M.bottom + M.top) / 2}) rotate(-90)`).text(d.yLabel);

    if (d.target) {
      const ty = y(d.target.y);
      const g = svg.append('g').attr('class', 'target-line');
      g.append('line').attr('x1', M.left).attr('x2', width - M.right).attr('y1', ty).attr('y2', ty)
        .attr('stroke', '#111418').attr('stroke-width', 1.5).attr('stroke-dasharray', '3 3');
      g.append('text').attr('x', width - M.right - 4).attr('y', ty - 5).attr('text-anchor', 'end').attr('class', 'target-label').text(d.target.label);
    }

    const path = line<ChartPoint>().x((p) => xOf(p.x)).y((p) => y(p.y));
    d.lines.forEach((l, i) => {
      const style = LINE_STYLES[(l.style ?? i) % LINE_STYLES.length];
      const g = svg.append('g').attr('class', 'series').attr('data-series', String(i));
      const points = l.points.filter((p) => Number.isFinite(p.y));
      g.append('path').attr('class', 'series-line').attr('fill', 'none').attr('stroke', style.colour).attr('stroke-width', 2.5)
        .attr('stroke-dasharray', style.dash || null).attr('d', path(points) ?? '');
      g.selectAll('circle.series-point').data(points).join('circle').attr('class', 'series-point')
        .attr('cx', (p) => xOf(p.x)).attr('cy', (p) => y(p.y)).attr('r', 3).attr('fill', style.colour);
      if (l.mark && Number.isFinite(l.mark.point.y)) {
        const mx = xOf(l.mark.point.x);
        const my = y(l.mark.point.y);
        g.append('circle').attr('class', 'series-mark').attr('cx', mx).attr('cy', my).attr('r', 7)
          .attr('fill', 'none').attr('stroke', style.colour).attr('stroke-width', 2.5);
        g.append('text').attr('class', 'mark-label').attr('x', mx + 9).attr('y', my + 16 + 14 * i).attr('fill', '#111418').text(l.mark.label);
      }
    });

    legend.replaceChildren(...d.lines.map((l, i) => {
      const style = LINE_STYLES[(l.style ?? i) % LINE_STYLES.length];
      const item = document.createElement('li');
      const sample = document.createElementNS(SVG_NS, 'svg');
      sample.setAttribute('viewBox', '0 0 32 14');
      sample.setAttribute('class', 'legend-sample');
      sample.setAttribute('aria-hidden', 'true');
      const stroke = document.createElementNS(SVG_NS, 'line');
      for (const [k, v] of [['x1', '1'], ['x2', '31'], ['y1', '7'], ['y2', '7'], ['stroke', style.colour], ['stroke-width', '3']]) stroke.setAttribute(k, v);
      if (style.dash) stroke.setAttribute('stroke-dasharray', style.dash);
      sample.append(stroke);
      const text = document.createElement('span');
      text.textContent = l.label;
      item.append(sample, text);
      return item;
    }));
  }

  return {
    element: figure,
    draw(next) {
      data = next;
      figure.hidden = false;
      paint(next);
    },
    clear() {
      data = null;
      figure.hidden = true;
      svg.selectAll('*').remove();
      legend.replaceChildren();
    },
    resize(next) {
      if (!(next > 0) || Math.abs(next - width) < 1) return;
      width = next;
      if (data) paint(data);
    },
  };
}
