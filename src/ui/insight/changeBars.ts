import { scaleLinear, select } from 'd3';
import type { RankedChange } from './changeRanking.ts';
import { formatSigned } from './formatFigure.ts';
import { SERIES_COLOURS } from './seriesColours.ts';
import { chartFigure } from './chartFigure.ts';

/** Each row: the zone's name and change on one line, its bar below, so long names never crowd the bars. */
const ROW = 34;
const TEXT_Y = 12;
const BAR_Y = 20;
const BAR_HEIGHT = 10;
const TOP = 4;

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
  const { figure, svg } = chartFigure('change-bars');
  const x = scaleLinear();
  let width = 340;
  let last: Parameters<ChangeBars['update']> | null = null;

  const rows = svg.append('g').attr('class', 'bar-rows');

  /** What each row shows now, so moving through time sets only what changed. */
  const shown = new Map<number, { y: number; x: number; w: number; gain: boolean; text: string; selected: boolean }>();
  let layout = '';

  function draw(ranking: readonly RankedChange[], names: readonly string[], range: { min: number; max: number }, selected: number | null, label: string): void {
    const height = TOP + ranking.length * ROW + 4;
    const min = Math.min(0, range.min);
    const max = Math.max(0, range.max, min + 1);
    x.domain([min, max]).range([2, width - 2]);
    // Size, scale and names change with a run or a resize, not with time: only then are they all set again.
    const layoutKey = `${width} ${height} ${min} ${max} ${ranking.length}`;
    if (layoutKey !== layout) {
      layout = layoutKey;
      shown.clear();
      svg.attr('viewBox', `0 0 ${width} ${height}`);
    }
    svg.attr('aria-label', label);

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
    const zero = x(0);
    join.each(function (d, i) {
      const row = select(this);
      const was = shown.get(d.zone);
      const now = {
        y: TOP + i * ROW, x: Math.min(zero, x(d.change)), w: Math.abs(x(d.change) - zero), gain: d.change >= 0,
        text: formatSigned(d.change), selected: d.zone === selected,
      };
      if (!was) {
        row.select('.row-band').attr('width', width);
        row.select('.bar-name').text(names[d.zone] ?? '');
        row.select('.row-zero').attr('x1', zero).attr('x2', zero);
        row.select('.bar-value').attr('x', width - 4);
      }
      if (was?.y !== now.y) row.attr('transform', `translate(0,${now.y})`);
      if (was?.selected !== now.selected) row.classed('is-selected', now.selected);
      if (was?.x !== now.x || was?.w !== now.w) row.select('.bar').attr('x', now.x).attr('width', now.w);
      if (was?.gain !== now.gain) row.select('.bar').attr('fill', now.gain ? SERIES_COLOURS.gain : SERIES_COLOURS.loss);
      if (was?.text !== now.text) row.select('.bar-value').text(now.text);
      shown.set(d.zone, now);
    });
  }

  return {
    element: figure,
    update(...args) {
      // A new dataset's names: every row is set again.
      if (last && last[1] !== args[1]) layout = '';
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
