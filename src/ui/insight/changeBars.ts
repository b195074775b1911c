import { scaleLinear, select } from 'd3';
import type { RankedChange } from './changeRanking.ts';
import { formatSigned } from './formatFigure.ts';
import { SERIES_COLOURS } from './seriesColours.ts';

/** Each row: the zone's name and change on one line, its bar below, so long names never crowd the bars. */
const ROW = 34;
const TEXT_Y = 12;
const BAR_Y = 20;
const BAR_HEIGHT = 10;
const TOP = 4;
const SVG_NS = 'http://www.w3.org/2000/svg';

export interface ChangeBars {
  element: HTMLElement;
  /**
   * Shows `ranking` on a scale from `range.min` to `range.max` officers. Rows are keyed by zone: moving
   * to another slot only changes their positions, widths and numbers.
   */
  update(ranking: readonly RankedChange[], names: readonly string[], range: { min: number; max: number }, selected: number | null, label: string): void;
  /** Lays the chart out for `width` CSS pixels, so its text keeps its size at any panel width. */
  resize(width: number): void;
}

/** Ranked bars of each zone's change against fixed: gains to the right in blue, losses to the left in orange. */
export function changeBars(onPick: (zone: number) => void): ChangeBars {
  const figure = document.createElement('figure');
  figure.className = 'chart change-bars';
  const svgNode = document.createElementNS(SVG_NS, 'svg');
  figure.append(svgNode);
  const svg = select(svgNode).attr('class', 'chart-svg').attr('role', 'img');
  const x = scaleLinear();
  let width = 340;
  let last: Parameters<ChangeBars['update']> | null = null;

  const rows = svg.append('g').attr('class', 'bar-rows');

  function draw(ranking: readonly RankedChange[], names: readonly string[], range: { min: number; max: number }, selected: number | null, label: string): void {
    const height = TOP + ranking.length * ROW + 4;
    svg.attr('viewBox', `0 0 ${width} ${height}`).attr('aria-label', label);
    const min = Math.min(0, range.min);
    const max = Math.max(0, range.max, min + 1);
    x.domain([min, max]).range([2, width - 2]);
    const rank = new Map(ranking.map((r, i) => [r.zone, i]));

    const join = rows
      .selectAll<SVGGElement, RankedChange>('g.bar-row')
      .data(ranking, (d) => String(d.zone))
      .join((enter) => {
        const g = enter.append('g').attr('class', 'bar-row');
        g.append('rect').attr('class', 'row-band').attr('x', 0).attr('height', ROW);
        g.append('text').attr('class', 'bar-name').attr('x', 4).attr('y', TEXT_Y).attr('dy', '0.35em');
        g.append('rect').attr('class', 'bar').attr('y', BAR_Y).attr('height', BAR_HEIGHT);
        g.append('text').attr('class', 'bar-value').attr('y', TEXT_Y).attr('dy', '0.35em').attr('text-anchor', 'end');
        // The zero line is drawn row by row, beside the bars, so it never runs through a name.
        g.append('line').attr('class', 'row-zero').attr('y1', BAR_Y - 3).attr('y2', BAR_Y + BAR_HEIGHT + 3)
          .attr('stroke', '#111418').attr('stroke-width', 1.5);
        g.on('click', (_, d) => onPick(d.zone));
        return g;
      });
    join
      .attr('transform', (d) => `translate(0,${TOP + (rank.get(d.zone) ?? 0) * ROW})`)
      .classed('is-selected', (d) => d.zone === selected);
    join.select('.row-band').attr('width', width);
    join.select('.bar-name').text((d) => names[d.zone] ?? '');
    join.select('.bar')
      .attr('x', (d) => Math.min(x(0), x(d.change)))
      .attr('width', (d) => Math.abs(x(d.change) - x(0)))
      .attr('fill', (d) => (d.change >= 0 ? SERIES_COLOURS.gain : SERIES_COLOURS.loss));
    join.select('.row-zero').attr('x1', x(0)).attr('x2', x(0));
    join.select('.bar-value').attr('x', width - 4).text((d) => formatSigned(d.change));
  }

  return {
    element: figure,
    update(...args) {
      last = args;
      draw(...args);
    },
    resize(next) {
      if (!(next > 0) || Math.abs(next - width) < 1) return;
      width = next;
      if (last) draw(...last);
    },
  };
}
