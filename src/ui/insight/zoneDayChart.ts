import { area, axisBottom, axisLeft, axisRight, curveStepAfter, format, line, scaleLinear } from 'd3';
import { formatClock, SLOTS_PER_DAY } from '../../engine/index.ts';
import { chartLegend } from './chartLegend.ts';
import { SERIES_COLOURS } from './seriesColours.ts';
import type { ZoneDaySeries } from './zoneDaySeries.ts';
import { chartFigure } from './chartFigure.ts';

const HEIGHT = 250;
const M = { top: 20, right: 54, bottom: 44, left: 58 };

export interface ZoneDayChart {
  element: HTMLElement;
  /** Draws a zone's day; `label` is the chart's text alternative. */
  draw(series: ZoneDaySeries, label: string): void;
  /** Moves the current-time marker to slot `q` of the day: one attribute change. */
  mark(q: number): void;
  /** Lays the chart out for `width` CSS pixels, so its text keeps its size at any panel width. */
  resize(width: number): void;
}

/**
 * People present (left axis, shaded) against officers in the scenario and in the fixed model (right
 * axis, steps) through one day, with a marker at the current time. Built once; redraws only change
 * attributes of the same nodes.
 */
export function zoneDayChart(): ZoneDayChart {
  const { figure, svg } = chartFigure('zone-day-chart');
  let width = 340;

  const x = scaleLinear().domain([0, SLOTS_PER_DAY]);
  const people = scaleLinear().range([HEIGHT - M.bottom, M.top]);
  const officers = scaleLinear().range([HEIGHT - M.bottom, M.top]);

  const xAxis = svg.append('g').attr('class', 'axis axis-x').attr('transform', `translate(0,${HEIGHT - M.bottom})`);
  const leftAxis = svg.append('g').attr('class', 'axis axis-people').attr('transform', `translate(${M.left},0)`);
  const rightAxis = svg.append('g').attr('class', 'axis axis-officers');
  const xTitle = svg.append('text').attr('class', 'axis-label').attr('y', HEIGHT - 6).attr('text-anchor', 'middle').text('Time of day');
  svg.append('text').attr('class', 'axis-label').attr('transform', `translate(14,${(HEIGHT - M.bottom + M.top) / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle').text('People present');
  const rightTitle = svg.append('text').attr('class', 'axis-label').attr('text-anchor', 'middle').text('Officers');

  const presentArea = svg.append('path').attr('class', 'series-present').attr('fill', SERIES_COLOURS.presentFill)
    .attr('stroke', SERIES_COLOURS.present).attr('stroke-width', 1.5);
  const fixedLine = svg.append('path').attr('class', 'series-fixed').attr('fill', 'none').attr('stroke', SERIES_COLOURS.fixed)
    .attr('stroke-width', 3).attr('stroke-dasharray', '7 4');
  const scenarioLine = svg.append('path').attr('class', 'series-scenario').attr('fill', 'none').attr('stroke', SERIES_COLOURS.scenario)
    .attr('stroke-width', 3);
  const marker = svg.append('g').attr('class', 'now-marker');
  marker.append('line').attr('y1', M.top - 4).attr('y2', HEIGHT - M.bottom).attr('stroke', '#111418').attr('stroke-width', 2);
  const markerLabel = marker.append('text').attr('y', M.top - 7).attr('text-anchor', 'middle').attr('class', 'now-label');

  const areaPath = area<number>().x((_, q) => x(q)).y1((v) => people(v)).curve(curveStepAfter);
  const stepPath = line<number>().x((_, q) => x(q)).y((v) => officers(v)).curve(curveStepAfter);
  // Repeats the last slot so each step covers its full 15 minutes, to 24:00.
  const withEnd = (values: Float64Array) => [...values, values[values.length - 1]];

  figure.append(
    chartLegend([
      { kind: 'area', colour: SERIES_COLOURS.present, fill: SERIES_COLOURS.presentFill, label: 'People present (left axis)' },
      { kind: 'line', colour: SERIES_COLOURS.scenario, label: 'Officers in this scenario (right axis)' },
      { kind: 'dashed', colour: SERIES_COLOURS.fixed, label: 'Officers in the fixed model (right axis)' },
    ]),
  );

  let drawn: ZoneDaySeries | null = null;
  let marked = 0;

  function layout(): void {
    svg.attr('viewBox', `0 0 ${width} ${HEIGHT}`);
    x.range([M.left, width - M.right]);
    xAxis.call(axisBottom(x).tickValues([0, 24, 48, 72, 96]).tickFormat((q) => (Number(q) === SLOTS_PER_DAY ? '24:00' : formatClock(Number(q)))));
    xTitle.attr('x', (M.left + width - M.right) / 2);
    rightAxis.attr('transform', `translate(${width - M.right},0)`);
    rightTitle.attr('transform', `translate(${width - 10},${(HEIGHT - M.bottom + M.top) / 2}) rotate(90)`);
  }

  function paint(series: ZoneDaySeries): void {
    people.domain([0, Math.max(1, ...series.present) * 1.05]).nice(4);
    officers.domain([0, Math.max(1, ...series.officers, ...series.fixed) * 1.1]).nice(4);
    areaPath.y0(people(0));
    leftAxis.call(axisLeft(people).ticks(4).tickFormat((v) => format('~s')(Number(v))));
    rightAxis.call(axisRight(officers).ticks(4).tickFormat((v) => format(',')(Number(v))));
    presentArea.attr('d', areaPath(withEnd(series.present)));
    fixedLine.attr('d', stepPath(withEnd(series.fixed)));
    scenarioLine.attr('d', stepPath(withEnd(series.officers)));
  }

  function place(q: number): void {
    marker.attr('transform', `translate(${x(q + 0.5)},0)`);
  }

  layout();
  return {
    element: figure,
    draw(series, label) {
      drawn = series;
      svg.attr('aria-label', label);
      paint(series);
    },
    mark(q) {
      marked = q;
      place(q);
      markerLabel.text(formatClock(q));
    },
    resize(next) {
      if (!(next > 0) || Math.abs(next - width) < 1) return;
      width = next;
      layout();
      if (drawn) paint(drawn);
      place(marked);
    },
  };
}
