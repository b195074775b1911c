import { area, axisBottom, axisLeft, line, scaleLinear } from 'd3';
import { formatClock, SLOTS_PER_DAY, type ResponseResult } from '../../engine/index.ts';
import { chartLegend } from './chartLegend.ts';
import { formatNumber } from './formatFigure.ts';
import { SERIES_COLOURS } from './seriesColours.ts';
import { chartFigure } from './chartFigure.ts';

const HEIGHT = 190;
const M = { top: 16, right: 16, bottom: 40, left: 58 };

/** One zone's immediate calls through one day: mean and 90th-percentile response minutes per slot (NaN: no calls). */
export interface ResponseDaySeries {
  mean: Float64Array;
  p90: Float64Array;
  targetMinutes: number;
}

export function responseDaySeries(response: ResponseResult, zone: number, day: number): ResponseDaySeries {
  const g = response.grades[0].zoneSlot;
  const mean = new Float64Array(SLOTS_PER_DAY);
  const p90 = new Float64Array(SLOTS_PER_DAY);
  for (let q = 0; q < SLOTS_PER_DAY; q++) {
    const i = (day * SLOTS_PER_DAY + q) * response.n + zone;
    mean[q] = g.meanResponse[i];
    p90[q] = g.p90Response[i];
  }
  return { mean, p90, targetMinutes: response.grades[0].targetMinutes };
}

/** The chart's text alternative: when responses are quickest and slowest, against the target. */
export function responseDayLabel(zoneName: string, s: ResponseDaySeries): string {
  let best = -1;
  let worst = -1;
  let over = 0;
  for (let q = 0; q < SLOTS_PER_DAY; q++) {
    if (!Number.isFinite(s.mean[q])) continue;
    if (best < 0 || s.mean[q] < s.mean[best]) best = q;
    if (worst < 0 || s.mean[q] > s.mean[worst]) worst = q;
    if (s.p90[q] > s.targetMinutes) over++;
  }
  if (best < 0) return `${zoneName}: no immediate calls in the simulated day.`;
  return `Simulated response to immediate calls in ${zoneName} through the day: quickest on average at ${formatClock(best)} ` +
    `(${formatNumber(s.mean[best], 1)} minutes), slowest at ${formatClock(worst)} (${formatNumber(s.mean[worst], 1)} minutes); ` +
    `in ${over} of 96 quarter-hours one call in ten waits longer than the ${formatNumber(s.targetMinutes)}-minute target.`;
}

export interface ResponseDayChart {
  element: HTMLElement;
  draw(series: ResponseDaySeries, label: string): void;
  /** Moves the current-time marker to slot `q` of the day. */
  mark(q: number): void;
  resize(width: number): void;
}

/**
 * The response-time band of a zone's day: from the mean response to the time nine calls in ten are
 * reached within, with the target as a line and the time on screen marked.
 */
export function responseDayChart(): ResponseDayChart {
  const { figure, svg } = chartFigure('response-day-chart');
  let width = 340;
  const x = scaleLinear().domain([0, SLOTS_PER_DAY]);
  const y = scaleLinear().range([HEIGHT - M.bottom, M.top]);
  const xAxis = svg.append('g').attr('class', 'axis axis-x').attr('transform', `translate(0,${HEIGHT - M.bottom})`);
  const yAxis = svg.append('g').attr('class', 'axis').attr('transform', `translate(${M.left},0)`);
  svg.append('text').attr('class', 'axis-label').attr('transform', `translate(14,${(HEIGHT - M.bottom + M.top) / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle').text('Minutes');
  const band = svg.append('path').attr('class', 'series-band').attr('fill', SERIES_COLOURS.presentFill).attr('stroke', 'none');
  const meanLine = svg.append('path').attr('class', 'series-mean').attr('fill', 'none').attr('stroke', SERIES_COLOURS.scenario).attr('stroke-width', 2.5);
  const target = svg.append('line').attr('class', 'target-line').attr('stroke', SERIES_COLOURS.fixed).attr('stroke-width', 2).attr('stroke-dasharray', '7 4');
  const marker = svg.append('line').attr('class', 'now-marker').attr('y1', M.top).attr('y2', HEIGHT - M.bottom).attr('stroke', '#111418').attr('stroke-width', 2);
  figure.append(chartLegend([
    { kind: 'area', colour: SERIES_COLOURS.presentFill, fill: SERIES_COLOURS.presentFill, label: 'Mean to 90th-percentile response' },
    { kind: 'line', colour: SERIES_COLOURS.scenario, label: 'Mean response' },
    { kind: 'dashed', colour: SERIES_COLOURS.fixed, label: 'Target' },
  ]));

  const known = (v: number) => Number.isFinite(v);
  const bandPath = area<[number, number]>().defined(([a, b]) => known(a) && known(b)).x((_, q) => x(q + 0.5)).y0(([a]) => y(a)).y1(([, b]) => y(b));
  const meanPath = line<number>().defined(known).x((_, q) => x(q + 0.5)).y((v) => y(v));
  let drawn: ResponseDaySeries | null = null;
  let marked = 0;

  function paint(s: ResponseDaySeries): void {
    svg.attr('viewBox', `0 0 ${width} ${HEIGHT}`);
    x.range([M.left, width - M.right]);
    xAxis.call(axisBottom(x).tickValues([0, 24, 48, 72, 96]).tickFormat((q) => (Number(q) === SLOTS_PER_DAY ? '24:00' : formatClock(Number(q)))));
    const top = Math.max(s.targetMinutes * 1.5, ...Array.from(s.p90).filter(known));
    y.domain([0, top]).nice(4);
    yAxis.call(axisLeft(y).ticks(4));
    band.attr('d', bandPath(Array.from(s.mean, (m, q): [number, number] => [m, s.p90[q]])));
    meanLine.attr('d', meanPath(Array.from(s.mean)));
    target.attr('x1', M.left).attr('x2', width - M.right).attr('y1', y(s.targetMinutes)).attr('y2', y(s.targetMinutes));
    marker.attr('x1', x(marked + 0.5)).attr('x2', x(marked + 0.5));
  }

  return {
    element: figure,
    draw(series, label) {
      drawn = series;
      svg.attr('aria-label', label);
      paint(series);
    },
    mark(q) {
      marked = q;
      marker.attr('x1', x(q + 0.5)).attr('x2', x(q + 0.5));
    },
    resize(next) {
      if (!(next > 0) || Math.abs(next - width) < 1) return;
      width = next;
      if (drawn) paint(drawn);
    },
  };
}
